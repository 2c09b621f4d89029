package dev.ordersaga.activities.interceptors;

import dev.ordersaga.order.OrderIds;
import org.slf4j.MDC;

/**
 * The order id in the SLF4J MDC (key {@value #KEY}) for the length of one activity attempt, so
 * every line an activity logs names its order. The SDK itself sets {@code ActivityType}, {@code
 * Attempt}, {@code WorkflowId} and the other keys of the attempt. Activities of workflows that are
 * not orders (the payment holder's lease) carry no {@value #KEY}.
 */
public final class OrderMdc implements AutoCloseable {
  /** The MDC key. */
  public static final String KEY = "orderId";

  private OrderMdc() {}

  /**
   * Sets the order id of {@code workflowId} ({@code order-{orderId}}, {@link OrderIds}) until the
   * result is closed; sets nothing for any other workflow id.
   */
  public static OrderMdc open(String workflowId) {
    try {
      MDC.put(KEY, OrderIds.orderIdOf(workflowId));
    } catch (IllegalArgumentException notAnOrder) {
      MDC.remove(KEY);
    }
    return new OrderMdc();
  }

  /** Removes the order id. */
  @Override
  public void close() {
    MDC.remove(KEY);
  }
}
