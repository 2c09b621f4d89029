package dev.ordersaga.telemetry.tracing;

import java.util.Optional;

/**
 * The saga's names as the probe's tests need them: workflow {@code order-X} is order {@code X},
 * {@link #RESERVE} is step {@code reserve-stock}, {@link #RELEASE} its undo.
 */
enum ProbeNaming implements SagaNaming {
  INSTANCE;

  /** The type of {@link StockProbe#reserve}. */
  static final String RESERVE = "Stock.Reserve";

  /** The type of {@link StockProbe#release}. */
  static final String RELEASE = "Stock.Release";

  @Override
  public Optional<String> orderIdOf(String workflowId) {
    return workflowId.startsWith("order-")
        ? Optional.of(workflowId.substring("order-".length()))
        : Optional.empty();
  }

  @Override
  public String stepOf(String activityType) {
    return activityType.equals(RESERVE) ? "reserve-stock" : activityType;
  }

  @Override
  public boolean isCompensation(String activityType) {
    return activityType.equals(RELEASE);
  }
}
