package dev.ordersaga.sandbox.representations;

/**
 * The state an order reached in one system, e.g. {@code {"orderId":"o-1","state":"RESERVED"}}.
 *
 * @param orderId the order
 * @param state the system-specific state; {@code NONE} when the system holds nothing for it
 */
public record OrderState(String orderId, String state) {
  /** The state of a system that holds nothing for the order. */
  public static final String NONE = "NONE";
}
