package dev.ordersaga.api.orders;

/** The workflow refused the request; the message says why. */
public final class OrderRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OrderRefusedException(String message) {
    super(message);
  }

  public OrderRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
