package dev.ordersaga.api.errors;

import java.time.Duration;

/** The backlog is above the threshold: a 429 with {@code Retry-After}. */
public final class TooManyOrdersException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public TooManyOrdersException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
