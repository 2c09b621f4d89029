package dev.ordersaga.order;

import java.util.regex.Pattern;

/** Workflow ids are business keys: {@code order-{orderId}}, so a second start is rejected. */
public final class OrderIds {
  private static final String PREFIX = "order-";
  private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private OrderIds() {}

  /** The workflow id of an order. */
  public static String workflowId(String orderId) {
    return PREFIX + requireValid(orderId);
  }

  /** The order id inside a workflow id made by {@link #workflowId}. */
  public static String orderIdOf(String workflowId) {
    if (!workflowId.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not an order workflow id: " + workflowId);
    }
    return requireValid(workflowId.substring(PREFIX.length()));
  }

  /**
   * Whether {@code orderId} is 1-64 letters, digits, '-' or '_', starting with a letter or digit.
   */
  public static boolean isValid(String orderId) {
    return orderId != null && ORDER_ID.matcher(orderId).matches();
  }

  static String requireValid(String orderId) {
    if (!isValid(orderId)) {
      throw new IllegalArgumentException(
          "orderId must be 1-64 letters, digits, '-' or '_', got: " + orderId);
    }
    return orderId;
  }
}
