package dev.ordersaga.activities.payments;

import java.time.Duration;
import java.util.Objects;

/**
 * Capped exponential backoff between payment status polls.
 *
 * @param initialInterval the wait after the first poll
 * @param multiplier how much each wait grows, 1 or more
 * @param maxInterval the longest wait
 */
public record PollBackoff(Duration initialInterval, double multiplier, Duration maxInterval) {
  public PollBackoff {
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    if (initialInterval.isNegative() || initialInterval.isZero()) {
      throw new IllegalArgumentException("initialInterval must be positive: " + initialInterval);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
    }
    if (maxInterval.compareTo(initialInterval) < 0) {
      throw new IllegalArgumentException(
          "maxInterval " + maxInterval + " is below initialInterval " + initialInterval);
    }
  }

  /** 1 s doubling to 30 s. */
  public static PollBackoff defaults() {
    return new PollBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));
  }

  /**
   * The wait that follows {@code previous}: the initial interval when there was none (null or
   * zero), else {@code previous × multiplier}, capped.
   */
  public Duration after(Duration previous) {
    if (previous == null || previous.isZero() || previous.isNegative()) {
      return initialInterval;
    }
    double nanos = previous.toNanos() * multiplier;
    if (nanos >= maxInterval.toNanos()) {
      return maxInterval;
    }
    return Duration.ofNanos((long) nanos);
  }
}
