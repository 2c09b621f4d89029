package dev.ordersaga.order;

import dev.ordersaga.telemetry.tracing.SagaNaming;
import java.util.Arrays;
import java.util.Optional;

/** The saga's names in traces, from the step registry ({@link Step}) and {@link OrderIds}. */
public enum SagaNames implements SagaNaming {
  INSTANCE;

  @Override
  public Optional<String> orderIdOf(String workflowId) {
    try {
      return Optional.of(OrderIds.orderIdOf(workflowId));
    } catch (IllegalArgumentException notAnOrder) {
      return Optional.empty();
    }
  }

  @Override
  public String stepOf(String activityType) {
    return Arrays.stream(Step.values())
        .filter(
            step ->
                step.activityType().equals(activityType) || step.readTypes().contains(activityType))
        .map(Step::key)
        .findFirst()
        .orElse(activityType);
  }

  @Override
  public boolean isCompensation(String activityType) {
    return Step.undoActivityTypes().contains(activityType);
  }
}
