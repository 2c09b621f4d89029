package dev.ordersaga.api.orders;

/** A listing's page token is not one Temporal handed out (or the filter is not one it accepts). */
public final class InvalidPageTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPageTokenException(String message) {
    super(message);
  }
}
