package dev.ordersaga.activities.payments;

import java.time.Duration;

/**
 * The heartbeat details of {@code PaymentStatus.await}: where the poll loop is, so a new attempt
 * after a worker crash continues the backoff instead of restarting it.
 *
 * @param lastStatus the status the last poll read, or {@value #UNAVAILABLE} when it failed
 *     transiently; null before the first poll
 * @param polls how many polls were made, over every attempt
 * @param nextDelay the wait after the last poll; zero before the first poll
 */
public record PollProgress(String lastStatus, int polls, Duration nextDelay) {
  /** {@link #lastStatus()} after a poll that got no usable answer. */
  public static final String UNAVAILABLE = "UNAVAILABLE";

  /** Before the first poll. */
  public static PollProgress none() {
    return new PollProgress(null, 0, Duration.ZERO);
  }

  /** After a poll that read {@code status}: the backoff grows. */
  public PollProgress polled(String status, PollBackoff backoff) {
    return new PollProgress(status, polls + 1, backoff.after(nextDelay));
  }

  /**
   * After a poll that failed transiently: the backoff grows, and waits {@code retryAfter} (null
   * when the provider did not say) when that is longer, up to the maximum interval.
   */
  public PollProgress unavailable(Duration retryAfter, PollBackoff backoff) {
    return new PollProgress(UNAVAILABLE, polls + 1, backoff.afterFailure(nextDelay, retryAfter));
  }
}
