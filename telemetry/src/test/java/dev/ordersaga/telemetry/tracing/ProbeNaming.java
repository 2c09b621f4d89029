package dev.ordersaga.telemetry.tracing;

import java.util.Optional;

/**
 * The saga's names as the probe's tests need them: workflow {@code order-X} is order {@code X},
 * {@link StockProbe#RESERVE} is step {@code reserve-stock}, {@link StockProbe#RELEASE} its undo.
 */
enum ProbeNaming implements SagaNaming {
  INSTANCE;

  @Override
  public Optional<String> orderIdOf(String workflowId) {
    return workflowId.startsWith("order-")
        ? Optional.of(workflowId.substring("order-".length()))
        : Optional.empty();
  }

  @Override
  public String stepOf(String activityType) {
    return activityType.equals(StockProbe.RESERVE) ? "reserve-stock" : activityType;
  }

  @Override
  public boolean isCompensation(String activityType) {
    return activityType.equals(StockProbe.RELEASE);
  }
}
