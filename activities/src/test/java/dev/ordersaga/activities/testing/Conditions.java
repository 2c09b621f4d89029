package dev.ordersaga.activities.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.Assertions;

/** Waits for a condition, checking often, failing after a deadline. */
public final class Conditions {
  private Conditions() {}

  public static void await(String what, Duration atMost, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        Assertions.fail("timed out after " + atMost + " waiting for " + what);
      }
      Thread.sleep(5);
    }
  }
}
