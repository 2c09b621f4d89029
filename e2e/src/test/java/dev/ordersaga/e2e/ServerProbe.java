package dev.ordersaga.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.StackCodec;
import dev.ordersaga.processes.TemporalEngine;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** What the Temporal server itself says about an order or a task queue, read with the client. */
final class ServerProbe {
  private static final String NAMESPACE = "default";

  private final TemporalEngine server;

  ServerProbe(TemporalEngine server) {
    this.server = server;
  }

  /** The order's current run's execution status, e.g. RUNNING, PAUSED, CANCELED. */
  WorkflowExecutionStatus executionStatus(String orderId) {
    return describe(orderId).getWorkflowExecutionInfo().getStatus();
  }

  /** The current run's id: it changes when the order is reset. */
  String runId(String orderId) {
    return describe(orderId).getWorkflowExecutionInfo().getExecution().getRunId();
  }

  /** The {@code OrderStatus} search attribute, as visibility holds it. */
  String orderStatusAttribute(String orderId) {
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
        describe(orderId)
            .getWorkflowExecutionInfo()
            .getSearchAttributes()
            .getIndexedFieldsOrThrow("OrderStatus"),
        String.class,
        String.class);
  }

  /**
   * Waits at most {@code within} for the order's {@code OrderStatus} search attribute to read
   * {@code status}.
   */
  void awaitStatusAttribute(String orderId, String status, Duration within) {
    Await.until(
        orderId + " to be " + status + " in visibility",
        within,
        () -> orderStatusAttribute(orderId).equals(status));
  }

  /**
   * Waits at most {@code within} for the order to run a run other than {@code firstRun} whose
   * execution status is {@code accepted}, e.g. closed after a reset.
   */
  void awaitNewRun(
      String orderId,
      String firstRun,
      String what,
      Predicate<WorkflowExecutionStatus> accepted,
      Duration within) {
    Await.until(
        orderId + " to " + what + " in a new run",
        within,
        () -> !runId(orderId).equals(firstRun) && accepted.test(executionStatus(orderId)));
  }

  /**
   * The last heartbeat details of the order's pending activity of {@code activityType} as JSON,
   * decrypted with the stack's key; empty when it has not heartbeated.
   */
  Optional<JsonNode> heartbeatDetails(String orderId, String activityType) {
    PendingActivityInfo pending = pendingActivity(orderId, activityType);
    if (pending == null || !pending.hasHeartbeatDetails()) {
      return Optional.empty();
    }
    return Optional.of(
        StackCodec.converter(Map.of())
            .fromPayload(
                pending.getHeartbeatDetails().getPayloads(0), JsonNode.class, JsonNode.class));
  }

  /** The order's pending activity of {@code activityType}, or null when it has none. */
  PendingActivityInfo pendingActivity(String orderId, String activityType) {
    List<PendingActivityInfo> pending = describe(orderId).getPendingActivitiesList();
    return pending.stream()
        .filter(activity -> activity.getActivityType().getName().equals(activityType))
        .findFirst()
        .orElse(null);
  }

  /** The approximate number of activity tasks waiting in {@code queue}'s backlog. */
  long activityBacklog(String queue) {
    return server
        .service()
        .blockingStub()
        .describeTaskQueue(
            DescribeTaskQueueRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setTaskQueue(TaskQueue.newBuilder().setName(queue).build())
                .setTaskQueueType(TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY)
                .setReportStats(true)
                .build())
        .getStats()
        .getApproximateBacklogCount();
  }

  private DescribeWorkflowExecutionResponse describe(String orderId) {
    return server
        .service()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setExecution(
                    WorkflowExecution.newBuilder().setWorkflowId(OrderIds.workflowId(orderId)))
                .build());
  }
}
