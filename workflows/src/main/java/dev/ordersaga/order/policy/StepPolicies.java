package dev.ordersaga.order.policy;

import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.activity.ActivityOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policy of every activity type: defaults that ride through several minutes of provider outage
 * with capped backoff, each overridable from configuration. The workflow worker applies them
 * through {@link WorkflowImplementationOptions}, so no timeout lives in workflow code.
 */
public final class StepPolicies {
  private final Map<String, StepPolicy> byActivityType;

  private StepPolicies(Map<String, StepPolicy> byActivityType) {
    this.byActivityType = Map.copyOf(byActivityType);
  }

  /**
   * The defaults. Forward steps retry transient failures for up to 30 minutes (1 s doubling to 1
   * min); undos retry 10 times (about 6 minutes) before the order parks in COMPENSATION_FAILED; the
   * payment window is 30 minutes.
   */
  public static StepPolicies defaults() {
    Map<String, StepPolicy> policies = new LinkedHashMap<>();
    StepPolicy forward =
        new StepPolicy(
            Duration.ofSeconds(30),
            Duration.ofMinutes(30),
            null,
            Duration.ofSeconds(1),
            2.0,
            Duration.ofMinutes(1),
            0,
            OrderFailureTypes.BUSINESS_REFUSALS);
    for (String type :
        new String[] {
          ActivityTypes.OPEN_RECORD,
          ActivityTypes.RESERVE_STOCK,
          ActivityTypes.REQUEST_PAYMENT,
          ActivityTypes.COMMIT_STOCK,
          ActivityTypes.CREATE_SHIPMENT
        }) {
      policies.put(type, forward);
    }
    policies.put(
        ActivityTypes.COMPLETE_RECORD,
        forward.overriddenBy(onlyScheduleToClose(Duration.ofHours(24))));
    StepPolicy undo =
        new StepPolicy(
            Duration.ofSeconds(30),
            null,
            null,
            Duration.ofSeconds(1),
            2.0,
            Duration.ofMinutes(1),
            10,
            null);
    for (String type : ActivityTypes.UNDOS) {
      policies.put(type, undo);
    }
    policies.put(
        ActivityTypes.AWAIT_PAYMENT,
        new StepPolicy(
            null,
            Duration.ofMinutes(30),
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            2.0,
            Duration.ofSeconds(30),
            0,
            OrderFailureTypes.BUSINESS_REFUSALS));
    policies.put(
        ActivityTypes.CHECK_PAYMENT,
        new StepPolicy(
            Duration.ofSeconds(10),
            Duration.ofMinutes(1),
            null,
            Duration.ofSeconds(1),
            2.0,
            Duration.ofSeconds(10),
            0,
            null));
    policies.put(
        ActivityTypes.NOTIFY_MERCHANT,
        new StepPolicy(
            Duration.ofSeconds(10),
            Duration.ofMinutes(15),
            null,
            Duration.ofSeconds(1),
            2.0,
            Duration.ofMinutes(1),
            10,
            null));
    return new StepPolicies(policies);
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
                    + ActivityTypes.ALL);
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

  private static StepPolicy onlyScheduleToClose(Duration scheduleToClose) {
    return new StepPolicy(null, scheduleToClose, null, null, null, null, null, null);
  }
}
