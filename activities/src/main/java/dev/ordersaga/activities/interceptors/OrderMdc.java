package dev.ordersaga.activities.interceptors;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.Step;
import dev.ordersaga.telemetry.LogFields;
import dev.ordersaga.telemetry.logging.LogContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The logging context of one activity attempt: {@link LogFields#WORKFLOW_ID}, {@link
 * LogFields#ORDER_ID} when the workflow is an order ({@code order-{orderId}}, {@link OrderIds}) and
 * {@link LogFields#STEP} when the activity type belongs to a step ({@link Step#logNameOf}), beside
 * the keys the SDK sets itself ({@code ActivityType}, {@code Attempt}, ...). An activity of a
 * workflow that is no order (the payment holder's lease) carries no order id.
 */
public final class OrderMdc {
  private OrderMdc() {}

  /**
   * Puts the fields of an attempt of {@code activityType} in {@code workflowId} until closed; also
   * for the lines logged about an attempt outside it (the payment poller's threads).
   */
  public static LogContext open(String workflowId, String activityType) {
    Map<String, String> fields = new HashMap<>();
    fields.put(LogFields.WORKFLOW_ID, workflowId);
    try {
      fields.put(LogFields.ORDER_ID, OrderIds.orderIdOf(workflowId));
    } catch (IllegalArgumentException notAnOrder) {
      fields.put(LogFields.ORDER_ID, null);
    }
    fields.put(LogFields.STEP, Step.logNameOf(activityType).orElse(null));
    return LogContext.open(fields);
  }
}
