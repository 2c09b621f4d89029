package dev.ordersaga.activities.logging;

import org.slf4j.MDC;

/** Puts the order id in the SLF4J MDC (key {@value #KEY}) for the length of one activity call. */
public final class OrderMdc {
  /** The MDC key. */
  public static final String KEY = "orderId";

  private OrderMdc() {}

  /** Sets {@code orderId} until the returned handle is closed. */
  public static MDC.MDCCloseable put(String orderId) {
    return MDC.putCloseable(KEY, orderId);
  }
}
