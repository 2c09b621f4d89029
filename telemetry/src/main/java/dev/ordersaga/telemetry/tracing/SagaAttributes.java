package dev.ordersaga.telemetry.tracing;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.Step;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.temporal.activity.ActivityInfo;
import java.util.Arrays;
import java.util.Optional;

/** The attributes of a span about one order: what a reader filters a trace store's search on. */
public final class SagaAttributes {
  /** The order's id, as the client chose it. */
  public static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("order.id");

  /** The step's key ({@code reserve-stock}, ...), or the undo's activity type. */
  public static final AttributeKey<String> STEP = AttributeKey.stringKey("saga.step");

  /** True on an attempt of an undo ({@link Step#undoActivityTypes()}). */
  public static final AttributeKey<Boolean> COMPENSATION =
      AttributeKey.booleanKey("saga.compensation");

  /** The attempt's number, from 1. */
  public static final AttributeKey<Long> ATTEMPT =
      AttributeKey.longKey("temporal.activity.attempt");

  /** The workflow the call or the attempt belongs to. */
  public static final AttributeKey<String> WORKFLOW_ID =
      AttributeKey.stringKey("temporal.workflow.id");

  private SagaAttributes() {}

  /** The attributes of one activity attempt. */
  static Attributes ofAttempt(ActivityInfo info) {
    String type = info.getActivityType();
    return ofWorkflow(info.getWorkflowId()).toBuilder()
        .put(STEP, stepOf(type))
        .put(COMPENSATION, Step.undoActivityTypes().contains(type))
        .put(ATTEMPT, info.getAttempt())
        .build();
  }

  /** The workflow id and, for an order's workflow, the order id. */
  static Attributes ofWorkflow(String workflowId) {
    AttributesBuilder attributes = Attributes.builder().put(WORKFLOW_ID, workflowId);
    orderIdOf(workflowId).ifPresent(orderId -> attributes.put(ORDER_ID, orderId));
    return attributes.build();
  }

  /**
   * The key of the step whose own or read activity {@code activityType} is; any other type (an
   * undo, the payment holder's lease) names itself.
   */
  static String stepOf(String activityType) {
    return Arrays.stream(Step.values())
        .filter(
            step ->
                step.activityType().equals(activityType) || step.readTypes().contains(activityType))
        .map(Step::key)
        .findFirst()
        .orElse(activityType);
  }

  private static Optional<String> orderIdOf(String workflowId) {
    try {
      return Optional.of(OrderIds.orderIdOf(workflowId));
    } catch (IllegalArgumentException notAnOrder) {
      return Optional.empty();
    }
  }
}
