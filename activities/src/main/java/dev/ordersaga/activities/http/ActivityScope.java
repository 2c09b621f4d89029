package dev.ordersaga.activities.http;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the adapters read from the activity attempt that calls them: its retry policy's maximum
 * interval and its metrics scope. Outside an activity (plain unit tests) there is neither.
 */
public final class ActivityScope {
  /** The counter of classified downstream failures, tagged {@code failure_type}. */
  public static final String FAILURES_METRIC = "order_saga_downstream_failures";

  /** The tag of {@link #FAILURES_METRIC} naming the failure type. */
  public static final String FAILURE_TYPE_TAG = "failure_type";

  private static final Duration DEFAULT_INITIAL_INTERVAL = Duration.ofSeconds(1);
  private static final int DEFAULT_BACKOFF_CEILING = 100;

  private ActivityScope() {}

  /**
   * The longest wait between two attempts the calling activity's retry policy allows: its maximum
   * interval, or Temporal's default of 100 × the initial interval; empty outside an activity.
   */
  public static Optional<Duration> maximumRetryInterval() {
    return current()
        .map(context -> context.getInfo().getRetryOptions())
        .map(ActivityScope::maximumInterval);
  }

  /** Counts one downstream failure of {@code failureType} in the calling activity's metrics. */
  public static void countFailure(String failureType) {
    current()
        .map(ActivityExecutionContext::getMetricsScope)
        .map(scope -> scope.tagged(Map.of(FAILURE_TYPE_TAG, failureType)))
        .ifPresent(scope -> scope.counter(FAILURES_METRIC).inc(1));
  }

  static Duration maximumInterval(RetryOptions retry) {
    if (retry == null) {
      return null;
    }
    if (retry.getMaximumInterval() != null && !retry.getMaximumInterval().isZero()) {
      return retry.getMaximumInterval();
    }
    Duration initial =
        retry.getInitialInterval() == null || retry.getInitialInterval().isZero()
            ? DEFAULT_INITIAL_INTERVAL
            : retry.getInitialInterval();
    return initial.multipliedBy(DEFAULT_BACKOFF_CEILING);
  }

  private static Optional<ActivityExecutionContext> current() {
    try {
      return Optional.of(Activity.getExecutionContext());
    } catch (IllegalStateException notInAnActivity) {
      return Optional.empty();
    }
  }
}
