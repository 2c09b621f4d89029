package dev.ordersaga.activities.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts of one HTTP call. A call that runs out of any of them is a retryable {@code
 * DownstreamUnavailable} failure.
 *
 * @param connect to open a connection
 * @param read between two reads of the answer (also used for writes)
 * @param call the whole call, from DNS to the last byte of the answer
 */
public record HttpTimeouts(Duration connect, Duration read, Duration call) {
  public HttpTimeouts {
    requirePositive(connect, "connect");
    requirePositive(read, "read");
    requirePositive(call, "call");
  }

  /** Connect 2 s, read 5 s, call 8 s. */
  public static HttpTimeouts defaults() {
    return new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8));
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " timeout must be positive: " + value);
    }
  }
}
