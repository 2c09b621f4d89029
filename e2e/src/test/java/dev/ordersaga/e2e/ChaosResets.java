package dev.ordersaga.e2e;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ResetWorkflowExecutionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chaos soak's operator: resets completed orders to their first workflow task, as the runbook
 * does, and has the customer cancel each at once while the new run goes through its steps again.
 * Afterwards every reset order must still be COMPLETED and every such cancel refused.
 */
final class ChaosResets {
  private static final String NAMESPACE = "default";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String COMPLETED_ORDERS =
      "WorkflowType = '%s' AND %s = '%s'"
          .formatted(
              OrderWorkflow.TYPE,
              OrderSearchAttributes.ORDER_STATUS.getName(),
              OrderStatus.COMPLETED.published().name());

  private final Map<String, Integer> cancelAnswers = new ConcurrentHashMap<>();

  /** Resets up to {@code count} completed orders, then cancels each through {@code api}. */
  void resetAndCancel(WorkflowServiceStubs service, ApiProcess api, int count) {
    List<WorkflowExecutionInfo> completed =
        service
            .blockingStub()
            .listWorkflowExecutions(
                ListWorkflowExecutionsRequest.newBuilder()
                    .setNamespace(NAMESPACE)
                    .setQuery(COMPLETED_ORDERS)
                    .setPageSize(count)
                    .build())
            .getExecutionsList();
    for (WorkflowExecutionInfo order : completed) {
      String orderId = OrderIds.orderIdOf(order.getExecution().getWorkflowId());
      String requestId = UUID.randomUUID().toString();
      Await.value(
          "reset of " + orderId,
          PATIENCE,
          () ->
              service
                  .blockingStub()
                  .resetWorkflowExecution(
                      ResetWorkflowExecutionRequest.newBuilder()
                          .setNamespace(NAMESPACE)
                          .setWorkflowExecution(order.getExecution())
                          .setReason("chaos: replay a completed order")
                          .setWorkflowTaskFinishEventId(
                              firstWorkflowTaskCompleted(service, order.getExecution()))
                          .setRequestId(requestId)
                          .build()));
      cancelAnswers.put(
          orderId,
          Await.value(
              "cancel of reset " + orderId,
              PATIENCE,
              () -> {
                int status =
                    api.post("/orders/" + orderId + "/cancel", "{\"reason\":\"after a reset\"}")
                        .status();
                return status == 202 || status == 409 ? status : null;
              }));
    }
  }

  /** How many orders were reset. */
  int count() {
    return cancelAnswers.size();
  }

  /** The orders whose cancel was not refused, or that did not end COMPLETED, one line each. */
  List<String> violations(Map<String, String> statuses) {
    List<String> broken = new ArrayList<>();
    cancelAnswers.forEach(
        (orderId, answer) -> {
          if (answer != 409) {
            broken.add(orderId + " reset: its cancel answered " + answer + ", not 409");
          }
          if (!"COMPLETED".equals(statuses.get(orderId))) {
            broken.add(orderId + " reset: ended " + statuses.get(orderId) + ", not COMPLETED");
          }
        });
    return broken;
  }

  private static long firstWorkflowTaskCompleted(
      WorkflowServiceStubs service, WorkflowExecution execution) {
    for (HistoryEvent event :
        service
            .blockingStub()
            .getWorkflowExecutionHistory(
                GetWorkflowExecutionHistoryRequest.newBuilder()
                    .setNamespace(NAMESPACE)
                    .setExecution(execution)
                    .build())
            .getHistory()
            .getEventsList()) {
      if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) {
        return event.getEventId();
      }
    }
    throw new IllegalStateException(execution.getWorkflowId() + " has no completed workflow task");
  }
}
