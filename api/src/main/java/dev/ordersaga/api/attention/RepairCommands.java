package dev.ordersaga.api.attention;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import java.util.regex.Pattern;

/**
 * The runbook's repair commands (docs/operations.md, sections 3 and 6), filled in for one order:
 * what an operator runs once the cause (a provider down, bad data) is fixed. Ids reach a command
 * only when they are shell-safe.
 */
final class RepairCommands {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  private static final String UPDATE = "temporal workflow update execute --workflow-id ";

  private RepairCommands() {}

  /** Parked orders: the Update that retries (or, in review, decides) what parked them. */
  static String parked(String orderId, OrderStatus status) {
    String workflow = OrderIds.workflowId(orderId);
    return switch (status) {
      case NEEDS_ATTENTION -> UPDATE + workflow + " --name " + OrderWorkflow.RESUME_UPDATE;
      case COMPENSATION_FAILED ->
          UPDATE + workflow + " --name " + OrderWorkflow.RETRY_COMPENSATION_UPDATE;
      case IN_REVIEW ->
          UPDATE
              + workflow
              + " --name "
              + OrderWorkflow.REVIEW_UPDATE
              + " --input '{\"approve\":true,\"reason\":\"verified by an operator\"}'";
      default -> throw new IllegalArgumentException("not a parked status: " + status);
    };
  }

  /** A step retrying: start it again now, attempt 1, instead of after its backoff. */
  static String retryNow(String orderId, String activityId) {
    return "temporal activity reset --workflow-id "
        + OrderIds.workflowId(orderId)
        + " --activity-id "
        + safe(activityId);
  }

  /** A settled payment the order has not heard of: tell it, as the provider's callback would. */
  static String tellPayment(String orderId, String paymentId) {
    String id = safe(paymentId);
    return "temporal workflow signal --workflow-id "
        + OrderIds.workflowId(orderId)
        + " --name "
        + OrderWorkflow.PAYMENT_SIGNAL
        + " --input '{\"paymentId\":\""
        + id
        + "\",\"eventId\":\"operator-"
        + id
        + "\"}'";
  }

  private static String safe(String id) {
    if (!SAFE.matcher(id).matches()) {
      throw new IllegalArgumentException("not a shell-safe id: " + id);
    }
    return id;
  }
}
