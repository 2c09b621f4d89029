package dev.ordersaga.activities.payments.holder;

import com.google.protobuf.ByteString;
import dev.ordersaga.activities.payments.PaymentPoller;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.holder.PaymentHolderActivities;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityCompletionException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@code PaymentStatus.await} attempts a dead worker started and ends each retryably by
 * its workflow and activity id ({@value PaymentHolderActivities#HOLDER_DIED}), so the server
 * retries it on a live worker after {@link PaymentPoller#HAND_ON_DELAY}. Reads: one visibility page
 * per {@value #PAGE_SIZE} waiting orders and one describe per order; writes: one per orphaned
 * attempt.
 */
final class OrphanSweep {
  /** The orders that may have a waiting payment. */
  static final String WAITING_ORDERS =
      "WorkflowType = '%s' AND ExecutionStatus = 'Running' AND %s = '%s'"
          .formatted(
              OrderWorkflow.TYPE,
              OrderSearchAttributes.ORDER_STATUS.getName(),
              OrderStatus.AWAITING_PAYMENT.published().name());

  private static final int PAGE_SIZE = 1000;
  private static final int DESCRIBES_IN_FLIGHT = 16;
  private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

  private final WorkflowServiceStubs service;
  private final String namespace;
  private final ActivityCompletionClient completions;

  OrphanSweep(
      WorkflowServiceStubs service, String namespace, ActivityCompletionClient completions) {
    this.service = service;
    this.namespace = namespace;
    this.completions = completions;
  }

  /**
   * Ends every orphaned wait of {@code holder}; {@code progress} hears the count so far after each
   * page.
   *
   * @return how many were ended
   */
  int sweep(String holder, IntConsumer progress) {
    int ended = 0;
    ByteString page = ByteString.EMPTY;
    try (ExecutorService describers = Executors.newFixedThreadPool(DESCRIBES_IN_FLIGHT)) {
      do {
        ListWorkflowExecutionsResponse listed =
            service
                .blockingStub()
                .listWorkflowExecutions(
                    ListWorkflowExecutionsRequest.newBuilder()
                        .setNamespace(namespace)
                        .setQuery(WAITING_ORDERS)
                        .setPageSize(PAGE_SIZE)
                        .setNextPageToken(page)
                        .build());
        List<Future<Integer>> endings = new ArrayList<>();
        for (WorkflowExecutionInfo order : listed.getExecutionsList()) {
          endings.add(describers.submit(() -> endOrphans(order.getExecution(), holder)));
        }
        for (Future<Integer> ending : endings) {
          ended += join(ending);
        }
        progress.accept(ended);
        page = listed.getNextPageToken();
      } while (!page.isEmpty());
    }
    return ended;
  }

  private int endOrphans(WorkflowExecution order, String holder) {
    List<PendingActivityInfo> pending =
        service
            .blockingStub()
            .describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder()
                    .setNamespace(namespace)
                    .setExecution(order)
                    .build())
            .getPendingActivitiesList();
    int ended = 0;
    for (PendingActivityInfo activity : pending) {
      if (isOrphanOf(activity, holder) && end(order, activity)) {
        ended++;
      }
    }
    return ended;
  }

  static boolean isOrphanOf(PendingActivityInfo activity, String holder) {
    return activity.getActivityType().getName().equals(ActivityTypes.AWAIT_PAYMENT)
        && activity.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
        && activity.getLastWorkerIdentity().equals(holder);
  }

  private boolean end(WorkflowExecution order, PendingActivityInfo activity) {
    try {
      completions.completeExceptionally(
          order.getWorkflowId(),
          Optional.of(order.getRunId()),
          activity.getActivityId(),
          ApplicationFailure.newFailureWithCauseAndDelay(
              "the worker holding this payment (" + activity.getLastWorkerIdentity() + ") died",
              PaymentHolderActivities.HOLDER_DIED,
              null,
              PaymentPoller.HAND_ON_DELAY));
      log.info(
          "{}: waiting payment adopted from {}",
          order.getWorkflowId(),
          activity.getLastWorkerIdentity());
      return true;
    } catch (ActivityCompletionException gone) {
      log.info("{}: waiting payment already moved on: {}", order.getWorkflowId(), gone.toString());
      return false;
    }
  }

  private static int join(Future<Integer> ending) {
    try {
      return ending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sweep interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    }
  }
}
