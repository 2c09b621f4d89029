package dev.ordersaga.api.orders;

/** An Idempotency-Key was reused with a different request body. */
public final class IdempotencyConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IdempotencyConflictException(String message) {
    super(message);
  }

  public IdempotencyConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
