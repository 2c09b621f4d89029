package dev.ordersaga.processes;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits on a condition with a deadline, polling; never a fixed sleep. */
public final class Await {
  private static final Duration POLL = Duration.ofMillis(200);

  private Await() {}

  /**
   * Polls {@code condition} until it holds; a check that throws counts as "not yet".
   *
   * @throws IllegalStateException naming {@code what} when the deadline passes first
   */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    if (!within(timeout, condition)) {
      throw timedOut(what, timeout);
    }
  }

  /**
   * Polls {@code value} until it is non-null and returns it; a call that throws counts as "not
   * yet".
   *
   * @throws IllegalStateException naming {@code what} when the deadline passes first
   */
  public static <T> T value(String what, Duration timeout, Supplier<T> value) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T current = safely(value);
      if (current != null) {
        return current;
      }
      if (System.nanoTime() > deadline) {
        throw timedOut(what, timeout);
      }
      pause(POLL);
    }
  }

  /**
   * Whether {@code condition} held before {@code timeout} passed; a throwing check is "not yet".
   */
  public static boolean within(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Boolean.TRUE.equals(safely(condition::getAsBoolean))) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      pause(POLL);
    }
    return true;
  }

  /**
   * Sleeps {@code duration}.
   *
   * @throws IllegalStateException when interrupted (the interrupt flag is set again)
   */
  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private static IllegalStateException timedOut(String what, Duration timeout) {
    return new IllegalStateException("timed out after " + timeout + " waiting for " + what);
  }

  private static <T> T safely(Supplier<T> value) {
    try {
      return value.get();
    } catch (RuntimeException notYet) {
      return null;
    }
  }
}
