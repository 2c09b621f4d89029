package dev.ordersaga.telemetry.metrics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every metric the project defines, named as Prometheus shows it: {@code order_saga_<what>[_unit]},
 * counters ending {@code _total}, gauges not. The code that registers a metric and the code that
 * reads a scrape (bench, end-to-end tests) both use these constants; Micrometer and the Temporal
 * SDK's reporter export a counter registered under its {@code _total} name unchanged. Library
 * metrics ({@code temporal_*}, {@code jvm_*}, {@code http_server_requests_seconds}) keep their
 * libraries' names and are not listed. Labels are documented on each constant.
 */
public final class MetricNames {
  /** The API started an order's workflow. */
  @Kind(Type.COUNTER)
  public static final String ORDERS_ADMITTED = "order_saga_orders_admitted_total";

  /** The API answered an Idempotency-Key replay: nothing started. */
  @Kind(Type.COUNTER)
  public static final String ORDERS_REPLAYED = "order_saga_orders_replayed_total";

  /** The API refused an order with 429; label {@value #REASON}. */
  @Kind(Type.COUNTER)
  public static final String ORDERS_REFUSED = "order_saga_orders_refused_total";

  /**
   * Running orders resting in a status an operator acts on ({@code NEEDS_ATTENTION}, {@code
   * COMPENSATION_FAILED}, {@code IN_REVIEW}); label {@value #STATUS}.
   */
  @Kind(Type.GAUGE)
  public static final String ORDERS_PARKED = "order_saga_orders_parked";

  /** The workflow parked an order after the pivot; the SDK's workflow tags. */
  @Kind(Type.COUNTER)
  public static final String ORDERS_NEEDS_ATTENTION = "order_saga_orders_needs_attention_total";

  /** The workflow gave up on an undo; the SDK's workflow tags. */
  @Kind(Type.COUNTER)
  public static final String COMPENSATIONS_FAILED = "order_saga_compensations_failed_total";

  /** The fraud check held an order for review; the SDK's workflow tags. */
  @Kind(Type.COUNTER)
  public static final String ORDERS_REVIEW_HELD = "order_saga_orders_review_held_total";

  /**
   * One finished activity attempt; labels {@code activity_type}, {@code task_queue} and {@value
   * #OUTCOME}.
   */
  @Kind(Type.COUNTER)
  public static final String ACTIVITY_CALLS = "order_saga_activity_calls_total";

  /** Payments a worker's poller holds now. */
  @Kind(Type.GAUGE)
  public static final String PAYMENTS_WAITING = "order_saga_payments_waiting";

  /**
   * Payments the provider settled more than a minute ago whose order has not been told yet: the
   * stranded-payment signal.
   */
  @Kind(Type.GAUGE)
  public static final String PAYMENTS_SETTLED_WAITING = "order_saga_payments_settled_waiting";

  /** Heartbeats a worker's poller sent to the server. */
  @Kind(Type.COUNTER)
  public static final String PAYMENT_HEARTBEATS = "order_saga_payment_heartbeats_total";

  /** Provider status calls a worker's poller made (one per batch). */
  @Kind(Type.COUNTER)
  public static final String PAYMENT_STATUS_READS = "order_saga_payment_status_reads_total";

  /** The label of {@link #ORDERS_REFUSED}: why ({@code backpressure}). */
  public static final String REASON = "reason";

  /** The label of {@link #ORDERS_PARKED}: the order status. */
  public static final String STATUS = "status";

  /** The label of {@link #ACTIVITY_CALLS}: how the attempt ended. */
  public static final String OUTCOME = "outcome";

  private MetricNames() {}

  /** What a metric measures, which decides its suffix. */
  public enum Type {
    /** Only goes up; ends {@code _total}. */
    COUNTER,
    /** A value now; never ends {@code _total}. */
    GAUGE,
    /** A duration histogram; ends {@code _seconds}. */
    DURATION
  }

  /** Marks a metric name constant with its {@link Type}; label names carry none. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Kind {
    Type value();
  }
}
