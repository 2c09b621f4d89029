package dev.ordersaga.api.temporal;

import dev.ordersaga.api.backpressure.BacklogSource;
import dev.ordersaga.order.TaskQueues;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.TaskQueueKind;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backlogs from {@code DescribeTaskQueue} with {@code report_stats}: workflow tasks for {@code
 * orders}, activity tasks for the step queues. Needs a real server (the dev server or a cluster):
 * the in-memory test server does not report task queue stats.
 */
public final class TemporalBacklog implements BacklogSource {
  private static final Logger log = LoggerFactory.getLogger(TemporalBacklog.class);

  private final WorkflowClient client;
  private final Duration deadline;

  public TemporalBacklog(WorkflowClient client, Duration deadline) {
    this.client = client;
    this.deadline = deadline;
  }

  @Override
  public OptionalLong backlog(String taskQueue) {
    DescribeTaskQueueRequest request =
        DescribeTaskQueueRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setTaskQueue(
                TaskQueue.newBuilder()
                    .setName(taskQueue)
                    .setKind(TaskQueueKind.TASK_QUEUE_KIND_NORMAL))
            .setTaskQueueType(
                TaskQueues.ORDERS.equals(taskQueue)
                    ? TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW
                    : TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY)
            .setReportStats(true)
            .build();
    try {
      var response =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
              .describeTaskQueue(request);
      return response.hasStats()
          ? OptionalLong.of(response.getStats().getApproximateBacklogCount())
          : OptionalLong.empty();
    } catch (StatusRuntimeException failure) {
      log.debug("backlog of {} unknown: {}", taskQueue, failure.getStatus());
      return OptionalLong.empty();
    }
  }
}
