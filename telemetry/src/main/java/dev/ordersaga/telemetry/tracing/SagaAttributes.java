package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.temporal.activity.ActivityInfo;

/** The attributes of a span about one order: what a reader filters a trace store's search on. */
public final class SagaAttributes {
  /** The order's id, as the client chose it. */
  public static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("order.id");

  /** The step's key ({@code reserve-stock}, ...), or the undo's activity type. */
  public static final AttributeKey<String> STEP = AttributeKey.stringKey("saga.step");

  /** True on an attempt of an undo. */
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
  static Attributes ofAttempt(ActivityInfo info, SagaNaming naming) {
    String type = info.getActivityType();
    return ofWorkflow(info.getWorkflowId(), naming).toBuilder()
        .put(STEP, naming.stepOf(type))
        .put(COMPENSATION, naming.isCompensation(type))
        .put(ATTEMPT, info.getAttempt())
        .build();
  }

  /** The workflow id and, for an order's workflow, the order id. */
  static Attributes ofWorkflow(String workflowId, SagaNaming naming) {
    AttributesBuilder attributes = Attributes.builder().put(WORKFLOW_ID, workflowId);
    naming.orderIdOf(workflowId).ifPresent(orderId -> attributes.put(ORDER_ID, orderId));
    return attributes.build();
  }
}
