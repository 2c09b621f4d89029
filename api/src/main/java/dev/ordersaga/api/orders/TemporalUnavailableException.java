package dev.ordersaga.api.orders;

/** Temporal did not answer in time: the request may be retried later. */
public final class TemporalUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemporalUnavailableException(String message) {
    super(message);
  }

  public TemporalUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
