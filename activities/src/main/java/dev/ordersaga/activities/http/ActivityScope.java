package dev.ordersaga.activities.http;

import dev.ordersaga.order.policy.RetryBackoff;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the adapters read from the activity attempt that calls them: where it stands in its retry
 * policy and its metrics scope. Outside an activity (plain unit tests) there is neither.
 */
public final class ActivityScope {
  /** The counter of classified downstream failures, tagged {@code failure_type}. */
  public static final String FAILURES_METRIC = "order_saga_downstream_failures";

  /** The tag of {@link #FAILURES_METRIC} naming the failure type. */
  public static final String FAILURE_TYPE_TAG = "failure_type";

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

  /** Counts one downstream failure of {@code failureType} in the calling activity's metrics. */
  public static void countFailure(String failureType) {
    current()
        .map(ActivityExecutionContext::getMetricsScope)
        .map(scope -> scope.tagged(Map.of(FAILURE_TYPE_TAG, failureType)))
        .ifPresent(scope -> scope.counter(FAILURES_METRIC).inc(1));
  }

  private static Optional<ActivityExecutionContext> current() {
    try {
      return Optional.of(Activity.getExecutionContext());
    } catch (IllegalStateException notInAnActivity) {
      return Optional.empty();
    }
  }
}
