package dev.ordersaga.order.policy;

import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.StepKind;
import io.temporal.activity.ActivityOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policy of every activity type: defaults by the kind of its step (the catalogue, {@link Step})
 * that ride through provider outages with capped backoff, each overridable from configuration. The
 * workflow worker applies them through {@link WorkflowImplementationOptions}, so no timeout lives
 * in workflow code.
 */
public final class StepPolicies {
  private final Map<String, StepPolicy> byActivityType;

  private StepPolicies(Map<String, StepPolicy> byActivityType) {
    this.byActivityType = Map.copyOf(byActivityType);
  }

  /**
   * Forward steps before and at the pivot retry transient failures for up to 30 minutes (1 s
   * doubling to 1 min); a business refusal ends the step at once, and the order is undone.
   */
  public static final StepPolicy FORWARD =
      StepPolicy.builder()
          .startToClose(Duration.ofSeconds(30))
          .scheduleToClose(Duration.ofMinutes(30))
          .backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1))
          .maximumAttempts(0)
          .nonRetryable(OrderFailureTypes.BUSINESS_REFUSALS)
          .build();

  /**
   * Retriable steps (after the pivot) retry until they succeed: no overall limit, 1 s doubling to
   * one attempt per 5 minutes. Only a non-retryable failure (or attempts set by configuration) ends
   * one, and that parks the order in NEEDS_ATTENTION.
   */
  public static final StepPolicy RETRIABLE =
      StepPolicy.builder()
          .startToClose(Duration.ofSeconds(30))
          .backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5))
          .maximumAttempts(0)
          .nonRetryable(OrderFailureTypes.BUSINESS_REFUSALS)
          .build();

  /**
   * Best-effort steps (the merchant notice) try 10 times within 15 minutes, then the order goes on.
   */
  public static final StepPolicy BEST_EFFORT =
      StepPolicy.builder()
          .startToClose(Duration.ofSeconds(10))
          .scheduleToClose(Duration.ofMinutes(15))
          .backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1))
          .maximumAttempts(10)
          .build();

  /**
   * Undos retry for 6 hours (1 s doubling to one attempt per 5 minutes, about 80 attempts) before
   * the order parks in COMPENSATION_FAILED: a provider outage of a few hours parks nothing.
   */
  public static final StepPolicy UNDO =
      StepPolicy.builder()
          .startToClose(Duration.ofSeconds(30))
          .scheduleToClose(Duration.ofHours(6))
          .backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5))
          .maximumAttempts(0)
          .build();

  /**
   * An await step (the payment's long poll): its schedule-to-close is the window it may wait (the
   * payment window, 30 minutes).
   */
  public static final StepPolicy PAYMENT_POLL =
      StepPolicy.builder()
          .scheduleToClose(Duration.ofMinutes(30))
          .heartbeat(Duration.ofSeconds(30))
          .backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30))
          .maximumAttempts(0)
          .nonRetryable(OrderFailureTypes.BUSINESS_REFUSALS)
          .build();

  /**
   * A read besides a step ({@link Step#readTypes()}: the check a provider callback triggers, the
   * shipment lookup after a reset): a minute at most.
   */
  public static final StepPolicy READ =
      StepPolicy.builder()
          .startToClose(Duration.ofSeconds(10))
          .scheduleToClose(Duration.ofMinutes(1))
          .backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10))
          .maximumAttempts(0)
          .build();

  /** The defaults, one per activity type of the step catalogue, by the kind of its step. */
  public static StepPolicies defaults() {
    Map<String, StepPolicy> policies = new LinkedHashMap<>();
    for (Step step : Step.values()) {
      policies.put(step.activityType(), forwardDefault(step.kind()));
      for (String read : step.readTypes()) {
        policies.put(read, READ);
      }
      if (step.undoActivityType() != null) {
        policies.put(step.undoActivityType(), UNDO);
      }
    }
    return new StepPolicies(policies);
  }

  private static StepPolicy forwardDefault(StepKind kind) {
    return switch (kind) {
      case COMPENSATABLE, READ_ONLY, PIVOT -> FORWARD;
      case AWAIT -> PAYMENT_POLL;
      case RETRIABLE -> RETRIABLE;
      case BEST_EFFORT -> BEST_EFFORT;
    };
  }

  /**
   * These policies with each override merged over the policy of its activity type.
   *
   * @throws IllegalArgumentException naming an activity type that does not exist
   */
  public StepPolicies withOverrides(Map<String, StepPolicy> overrides) {
    Map<String, StepPolicy> merged = new LinkedHashMap<>(byActivityType);
    overrides.forEach(
        (type, override) -> {
          StepPolicy base = merged.get(type);
          if (base == null) {
            throw new IllegalArgumentException(
                "unknown activity type in step policies: "
                    + type
                    + "; known: "
                    + Step.allActivityTypes());
          }
          merged.put(type, base.overriddenBy(override));
        });
    return new StepPolicies(merged);
  }

  /** The policy of one activity type. */
  public StepPolicy policy(String activityType) {
    StepPolicy policy = byActivityType.get(activityType);
    if (policy == null) {
      throw new IllegalArgumentException("unknown activity type: " + activityType);
    }
    return policy;
  }

  /** Activity options per activity type, validated. */
  public Map<String, ActivityOptions> activityOptions() {
    Map<String, ActivityOptions> options = new LinkedHashMap<>();
    byActivityType.forEach((type, policy) -> options.put(type, policy.toActivityOptions(type)));
    return options;
  }

  /** What the {@code orders} worker registers {@code OrderWorkflowImpl} with. */
  public WorkflowImplementationOptions workflowImplementationOptions() {
    return WorkflowImplementationOptions.newBuilder().setActivityOptions(activityOptions()).build();
  }
}
