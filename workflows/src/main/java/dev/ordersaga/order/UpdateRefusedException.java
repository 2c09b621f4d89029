package dev.ordersaga.order;

/**
 * Thrown by an Update validator to refuse the Update before anything is recorded in history. The
 * caller sees an {@code ApplicationFailure} whose type is this class's name ({@link
 * OrderFailureTypes#UPDATE_REFUSED}) and whose message says why.
 */
public final class UpdateRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UpdateRefusedException(String message) {
    super(message);
  }
}
