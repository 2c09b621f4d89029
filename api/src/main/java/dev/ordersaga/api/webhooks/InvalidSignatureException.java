package dev.ordersaga.api.webhooks;

/** The {@code Payment-Signature} is missing, malformed, stale, or matches no secret. */
public final class InvalidSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidSignatureException(String message) {
    super(message);
  }
}
