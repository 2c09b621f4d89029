package dev.ordersaga.order.policy;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;

/**
 * The timeouts and retry policy of one activity type. Every field may be null in an override,
 * meaning "keep the default"; {@link #overriddenBy} merges an override into a default.
 *
 * @param maximumAttempts 0 means unlimited (bounded by {@code scheduleToClose})
 * @param nonRetryableErrorTypes failure types never retried, on top of non-retryable failures
 */
public record StepPolicy(
    Duration startToClose,
    Duration scheduleToClose,
    Duration heartbeat,
    Duration initialInterval,
    Double backoffCoefficient,
    Duration maximumInterval,
    Integer maximumAttempts,
    List<String> nonRetryableErrorTypes) {

  public StepPolicy {
    nonRetryableErrorTypes =
        nonRetryableErrorTypes == null ? null : List.copyOf(nonRetryableErrorTypes);
  }

  /** This policy with every non-null field of {@code override} taking its place. */
  public StepPolicy overriddenBy(StepPolicy override) {
    return new StepPolicy(
        pick(override.startToClose, startToClose),
        pick(override.scheduleToClose, scheduleToClose),
        pick(override.heartbeat, heartbeat),
        pick(override.initialInterval, initialInterval),
        pick(override.backoffCoefficient, backoffCoefficient),
        pick(override.maximumInterval, maximumInterval),
        pick(override.maximumAttempts, maximumAttempts),
        pick(override.nonRetryableErrorTypes, nonRetryableErrorTypes));
  }

  /**
   * The options Temporal schedules the activity with (the task queue is the stub's, not policy).
   *
   * @throws IllegalArgumentException when neither timeout is set or a value is out of range
   */
  public ActivityOptions toActivityOptions(String activityType) {
    if (startToClose == null && scheduleToClose == null) {
      throw new IllegalArgumentException(
          activityType + ": a startToClose or scheduleToClose timeout is required");
    }
    if (backoffCoefficient != null && backoffCoefficient < 1.0) {
      throw new IllegalArgumentException(
          activityType + ": backoffCoefficient must be at least 1.0, got: " + backoffCoefficient);
    }
    if (maximumAttempts != null && maximumAttempts < 0) {
      throw new IllegalArgumentException(
          activityType
              + ": maximumAttempts must be 0 (unlimited) or more, got: "
              + maximumAttempts);
    }
    RetryOptions.Builder retry = RetryOptions.newBuilder();
    if (initialInterval != null) {
      retry.setInitialInterval(initialInterval);
    }
    if (backoffCoefficient != null) {
      retry.setBackoffCoefficient(backoffCoefficient);
    }
    if (maximumInterval != null) {
      retry.setMaximumInterval(maximumInterval);
    }
    if (maximumAttempts != null) {
      retry.setMaximumAttempts(maximumAttempts);
    }
    if (nonRetryableErrorTypes != null) {
      retry.setDoNotRetry(nonRetryableErrorTypes.toArray(String[]::new));
    }
    ActivityOptions.Builder options = ActivityOptions.newBuilder().setRetryOptions(retry.build());
    if (startToClose != null) {
      options.setStartToCloseTimeout(startToClose);
    }
    if (scheduleToClose != null) {
      options.setScheduleToCloseTimeout(scheduleToClose);
    }
    if (heartbeat != null) {
      options.setHeartbeatTimeout(heartbeat);
    }
    return options.build();
  }

  private static <T> T pick(T override, T fallback) {
    return override != null ? override : fallback;
  }
}
