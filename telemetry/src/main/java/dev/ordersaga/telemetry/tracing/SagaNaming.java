package dev.ordersaga.telemetry.tracing;

import java.util.Optional;

/**
 * What a span about an order says of the saga, told by the module that defines the saga (its step
 * registry): the tracing knows no step itself.
 */
public interface SagaNaming {
  /** The order id of {@code workflowId}; empty for a workflow that is not an order. */
  Optional<String> orderIdOf(String workflowId);

  /**
   * The key of the step whose own or read activity {@code activityType} is; any other type (an
   * undo, the payment holder's lease) names itself.
   */
  String stepOf(String activityType);

  /** Whether {@code activityType} is an undo. */
  boolean isCompensation(String activityType);
}
