package dev.ordersaga.telemetry;

/**
 * The MDC keys every process puts on a log line about one order, and so the field names of its JSON
 * log lines: one {@code jq 'select(.mdc.order_id == "...")'} follows an order across the API, the
 * workers and the sandbox.
 */
public final class LogFields {
  /** The order's id, as the client chose it. */
  public static final String ORDER_ID = "order_id";

  /** The order's workflow id ({@code order-<orderId>}). */
  public static final String WORKFLOW_ID = "workflow_id";

  /** The step's key ({@code reserve-stock}, ...), or the undo's activity type. */
  public static final String STEP = "step";

  /** The W3C trace id of the span the line was logged in, when tracing is on. */
  public static final String TRACE_ID = "trace_id";

  /** The W3C span id of the span the line was logged in, when tracing is on. */
  public static final String SPAN_ID = "span_id";

  private LogFields() {}
}
