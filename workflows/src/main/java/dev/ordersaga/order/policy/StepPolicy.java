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

  /** A policy with every field unset, to set by name: an override, or a default in full. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StepPolicy} field by name; fields left unset stay null ("keep the default").
   */
  public static final class Builder {
    private Duration startToClose;
    private Duration scheduleToClose;
    private Duration heartbeat;
    private Duration initialInterval;
    private Double backoffCoefficient;
    private Duration maximumInterval;
    private Integer maximumAttempts;
    private List<String> nonRetryableErrorTypes;

    private Builder() {}

    public Builder startToClose(Duration value) {
      startToClose = value;
      return this;
    }

    public Builder scheduleToClose(Duration value) {
      scheduleToClose = value;
      return this;
    }

    public Builder heartbeat(Duration value) {
      heartbeat = value;
      return this;
    }

    /** Backoff from {@code initial}, times {@code coefficient} per retry, capped at {@code max}. */
    public Builder backoff(Duration initial, double coefficient, Duration max) {
      initialInterval = initial;
      backoffCoefficient = coefficient;
      maximumInterval = max;
      return this;
    }

    public Builder initialInterval(Duration value) {
      initialInterval = value;
      return this;
    }

    public Builder maximumInterval(Duration value) {
      maximumInterval = value;
      return this;
    }

    /** 0 means unlimited (bounded by {@code scheduleToClose}, if set). */
    public Builder maximumAttempts(int value) {
      maximumAttempts = value;
      return this;
    }

    public Builder nonRetryable(List<String> types) {
      nonRetryableErrorTypes = types;
      return this;
    }

    public StepPolicy build() {
      return new StepPolicy(
          startToClose,
          scheduleToClose,
          heartbeat,
          initialInterval,
          backoffCoefficient,
          maximumInterval,
          maximumAttempts,
          nonRetryableErrorTypes);
    }
  }

  private static <T> T pick(T override, T fallback) {
    return override != null ? override : fallback;
  }
}
