package dev.ordersaga.activities.http;

import dev.ordersaga.order.policy.RetryBackoff;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.Optional;

/**
 * What the adapters read from the activity attempt that calls them: where it stands in its retry
 * policy. Outside an activity (plain unit tests, the payment poller) there is none.
 */
public final class ActivityScope {
  private ActivityScope() {}

  /**
   * The wait before the calling activity's next attempt when the provider asked for {@code
   * retryAfter}: {@link RetryBackoff}'s rule on this attempt and its retry policy; empty outside an
   * activity.
   */
  public static Optional<Duration> retryDelay(Duration retryAfter) {
    return current()
        .map(ActivityExecutionContext::getInfo)
        .map(
            info ->
                RetryBackoff.of(info.getRetryOptions())
                    .delayAfterAttempt(info.getAttempt(), retryAfter));
  }

  private static Optional<ActivityExecutionContext> current() {
    try {
      return Optional.of(Activity.getExecutionContext());
    } catch (IllegalStateException notInAnActivity) {
      return Optional.empty();
    }
  }
}
