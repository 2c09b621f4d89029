package dev.ordersaga.sandbox.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; no fixed sleeps in tests. */
public final class Eventually {
  private static final Duration POLL = Duration.ofMillis(25);

  private Eventually() {}

  /**
   * The first value of {@code probe} satisfying {@code condition} within {@code timeout}.
   *
   * @throws AssertionError with the last value when the deadline passes
   */
  public static <T> T await(Supplier<T> probe, Predicate<T> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = probe.get();
    while (!condition.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + timeout + "; last value: " + last);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
      last = probe.get();
    }
    return last;
  }
}
