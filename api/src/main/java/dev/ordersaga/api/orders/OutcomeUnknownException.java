package dev.ordersaga.api.orders;

/**
 * Temporal did not answer a request that changes an order, and the request may have reached it: it
 * may or may not have taken effect. The message says how to retry safely.
 */
public final class OutcomeUnknownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
