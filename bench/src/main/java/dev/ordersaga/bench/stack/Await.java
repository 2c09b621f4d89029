package dev.ordersaga.bench.stack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition with a deadline, polling; never a fixed sleep. */
public final class Await {
  private static final Duration POLL = Duration.ofMillis(200);

  private Await() {}

  /**
   * @throws IllegalStateException naming {@code what} when the deadline passes first
   */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    if (!within(timeout, condition)) {
      throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
    }
  }

  /**
   * Whether {@code condition} held before {@code timeout} passed; a throwing check is "not yet".
   */
  public static boolean within(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!safely(condition)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      pause(POLL);
    }
    return true;
  }

  /** Sleeps {@code duration}; an interrupt ends the benchmark. */
  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private static boolean safely(BooleanSupplier condition) {
    try {
      return condition.getAsBoolean();
    } catch (RuntimeException notYet) {
      return false;
    }
  }
}
