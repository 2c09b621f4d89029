package dev.ordersaga.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall seconds each phase of a run took, in the order they ran. */
final class PhaseClock {
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  /** Runs {@code phase} and records its wall time under {@code name}. */
  <T> T time(String name, Supplier<T> phase) {
    long start = System.nanoTime();
    try {
      return phase.get();
    } finally {
      add(name, start);
    }
  }

  /**
   * Records the wall time since {@code startNanos} ({@link System#nanoTime}) under {@code name}.
   */
  void add(String name, long startNanos) {
    seconds.put(name, Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0);
  }

  /** Every phase's wall seconds, rounded to 0.1 s. */
  Map<String, Double> seconds() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
  }
}
