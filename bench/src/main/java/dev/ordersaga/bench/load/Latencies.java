package dev.ordersaga.bench.load;

import java.util.Arrays;

/** Percentiles of a set of latencies (nearest rank), in milliseconds. */
public final class Latencies {
  private final double[] sortedMs;

  public Latencies(double[] millis) {
    this.sortedMs = millis.clone();
    Arrays.sort(sortedMs);
  }

  public int count() {
    return sortedMs.length;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100), rounded to 0.1 ms; 0 when there are none. */
  public double percentile(double p) {
    if (sortedMs.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedMs.length);
    return Math.round(sortedMs[Math.max(0, rank - 1)] * 10) / 10.0;
  }
}
