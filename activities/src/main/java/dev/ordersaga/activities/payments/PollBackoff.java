package dev.ordersaga.activities.payments;

import dev.ordersaga.order.policy.RetryBackoff;
import java.time.Duration;

/**
 * Capped exponential backoff between payment status polls, by the same rule as every activity's
 * retries ({@link RetryBackoff}).
 *
 * @param initialInterval the wait after the first poll
 * @param multiplier how much each wait grows, 1 or more
 * @param maxInterval the longest wait
 */
public record PollBackoff(Duration initialInterval, double multiplier, Duration maxInterval) {
  /**
   * @throws IllegalArgumentException when the intervals are not positive and ordered, or the
   *     multiplier is below 1
   */
  public PollBackoff {
    new RetryBackoff(initialInterval, multiplier, maxInterval);
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
    return rule().following(previous);
  }

  /**
   * The wait that follows {@code previous} after a failed read: {@link RetryBackoff}'s rule, the
   * larger of {@link #after} and {@code retryAfter} (null when the provider did not say), within
   * the initial and the maximum interval.
   */
  public Duration afterFailure(Duration previous, Duration retryAfter) {
    return rule().delay(after(previous), retryAfter);
  }

  private RetryBackoff rule() {
    return new RetryBackoff(initialInterval, multiplier, maxInterval);
  }
}
