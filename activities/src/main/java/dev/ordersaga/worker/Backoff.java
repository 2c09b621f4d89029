package dev.ordersaga.worker;

import java.time.Duration;

/**
 * Capped exponential backoff: {@code initial}, twice that, four times, ... never more than {@code
 * max}.
 */
record Backoff(Duration initial, Duration max) {
  /** What a worker waits between tries to reach Temporal: 200 ms doubling up to 10 s. */
  static final Backoff CONNECT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

  Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
    }
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  Duration after(int failures) {
    Duration wait = initial;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
