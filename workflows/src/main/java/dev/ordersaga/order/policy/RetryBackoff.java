package dev.ordersaga.order.policy;

import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * The one rule for the wait before anything that calls a provider tries again (forward steps,
 * undos, payment status reads): the larger of the backoff and the provider's {@code Retry-After},
 * never below the initial interval and never above the maximum interval. A provider that answers
 * "now" ({@code Retry-After: 0}, a date in the past) while it recovers gets the backoff, not a
 * storm; one that asks for longer than the maximum gets the maximum, so a wait cannot outlast the
 * step's window.
 *
 * @param initialInterval the backoff after the first failure, positive
 * @param coefficient how much the backoff grows after each failure, at least 1
 * @param maximumInterval the longest wait, at least {@code initialInterval}
 */
public record RetryBackoff(Duration initialInterval, double coefficient, Duration maximumInterval) {
  private static final Duration TEMPORAL_INITIAL_INTERVAL = Duration.ofSeconds(1);
  private static final double TEMPORAL_COEFFICIENT = 2.0;
  private static final int TEMPORAL_MAXIMUM_IN_INITIALS = 100;

  public RetryBackoff {
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maximumInterval, "maximumInterval");
    if (initialInterval.isNegative() || initialInterval.isZero()) {
      throw new IllegalArgumentException("initialInterval must be positive: " + initialInterval);
    }
    if (!(coefficient >= 1.0) || Double.isInfinite(coefficient)) {
      throw new IllegalArgumentException("coefficient must be at least 1: " + coefficient);
    }
    if (maximumInterval.compareTo(initialInterval) < 0) {
      throw new IllegalArgumentException(
          "maximumInterval " + maximumInterval + " is below initialInterval " + initialInterval);
    }
  }

  /**
   * The backoff of an activity's retry policy, with Temporal's defaults for what it leaves unset
   * (or {@code retry} null): 1 s initial interval, coefficient 2, maximum 100 × the initial
   * interval.
   */
  public static RetryBackoff of(RetryOptions retry) {
    Duration initial = retry == null ? null : retry.getInitialInterval();
    if (initial == null || initial.isZero() || initial.isNegative()) {
      initial = TEMPORAL_INITIAL_INTERVAL;
    }
    double coefficient = retry == null ? 0 : retry.getBackoffCoefficient();
    if (!(coefficient >= 1.0)) {
      coefficient = TEMPORAL_COEFFICIENT;
    }
    Duration maximum = retry == null ? null : retry.getMaximumInterval();
    if (maximum == null || maximum.isZero() || maximum.isNegative()) {
      maximum = initial.multipliedBy(TEMPORAL_MAXIMUM_IN_INITIALS);
    } else if (maximum.compareTo(initial) < 0) {
      maximum = initial;
    }
    return new RetryBackoff(initial, coefficient, maximum);
  }

  /**
   * The backoff after attempt {@code attempt} (1 for the first) failed: initial interval ×
   * coefficient<sup>attempt − 1</sup>, at most the maximum interval, as Temporal computes it.
   */
  public Duration afterAttempt(int attempt) {
    double nanos = initialInterval.toNanos() * Math.pow(coefficient, Math.max(0, attempt - 1));
    return nanos >= maximumInterval.toNanos() ? maximumInterval : Duration.ofNanos((long) nanos);
  }

  /**
   * The backoff after a wait of {@code previous}: the initial interval when there was none (null,
   * zero or negative), else {@code previous} × coefficient, at most the maximum interval.
   */
  public Duration following(Duration previous) {
    if (previous == null || previous.isZero() || previous.isNegative()) {
      return initialInterval;
    }
    double nanos = previous.toNanos() * coefficient;
    return nanos >= maximumInterval.toNanos() ? maximumInterval : Duration.ofNanos((long) nanos);
  }

  /**
   * The wait before the next try: the larger of {@code backoff} and {@code retryAfter} (null when
   * the provider did not say), within the initial and the maximum interval.
   */
  public Duration delay(Duration backoff, Duration retryAfter) {
    Duration wait = backoff;
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    if (wait.compareTo(initialInterval) < 0) {
      return initialInterval;
    }
    return wait.compareTo(maximumInterval) > 0 ? maximumInterval : wait;
  }

  /** {@link #delay(Duration, Duration)} after attempt {@code attempt} failed. */
  public Duration delayAfterAttempt(int attempt, Duration retryAfter) {
    return delay(afterAttempt(attempt), retryAfter);
  }
}
