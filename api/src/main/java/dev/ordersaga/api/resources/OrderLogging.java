package dev.ordersaga.api.resources;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.telemetry.LogFields;
import dev.ordersaga.telemetry.logging.LogContext;
import java.util.Map;

/**
 * The logging context of a request about one order: {@link LogFields#ORDER_ID} and {@link
 * LogFields#WORKFLOW_ID} on every line logged until it is closed. An id that cannot be an order's
 * ({@link OrderIds#isValid}) names nothing.
 */
public final class OrderLogging {
  private OrderLogging() {}

  /** Names {@code orderId} and its workflow on the lines logged until the result is closed. */
  public static LogContext open(String orderId) {
    if (!OrderIds.isValid(orderId)) {
      return LogContext.open(Map.of());
    }
    return LogContext.open(
        Map.of(LogFields.ORDER_ID, orderId, LogFields.WORKFLOW_ID, OrderIds.workflowId(orderId)));
  }
}
