package dev.ordersaga.api.orders;

/**
 * Temporal refused a change of one order for now (as many changes of it wait for its workflow
 * worker as Temporal admits): nothing was applied; the same request may be sent again later.
 */
public final class OrderBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OrderBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
