package dev.ordersaga.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.testing.Conditions;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks {@value #PAYMENTS} payments on one worker at once, through the real activity, poller and
 * completion client against the in-memory Temporal server, and prints what it costs: platform
 * threads and heap while they wait, and the time to drain them once they settle. The assertions are
 * about structure (every payment waits at once on {@value #SLOTS} activity slots; platform threads
 * do not grow with waiting payments), never about time.
 */
class ManyWaitingPaymentsTest {
  private static final Logger log = LoggerFactory.getLogger(ManyWaitingPaymentsTest.class);
  private static final int PAYMENTS = 1_000;
  private static final int SLOTS = 10;
  private static final String WORKFLOW_QUEUE = "waiting-payments";

  private final TestWorkflowEnvironment env =
      TestWorkflowEnvironment.newInstance(
          TestEnvironmentOptions.newBuilder()
              .setWorkerFactoryOptions(
                  WorkerFactoryOptions.newBuilder().setUsingVirtualWorkflowThreads(true).build())
              .build());
  private final FakeProvider provider = new FakeProvider();
  private PaymentPoller poller;

  @AfterEach
  void stop() {
    if (poller != null) {
      poller.close(Duration.ZERO);
    }
    env.close();
    provider.close();
  }

  @Test
  void thousandWaitingPaymentsHoldNeitherSlotsNorThreads() throws InterruptedException {
    poller =
        new PaymentPoller(
            PaymentStatusSource.batch(http()),
            new PollerSettings(
                new PollBackoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(2)),
                Duration.ofSeconds(5),
                100,
                true,
                PAYMENTS,
                4));
    poller.start(PaymentCompletions.of(env.getWorkflowClient().newActivityCompletionClient()));
    Worker polls = env.newWorker(TaskQueues.PAYMENT_STATUS, paymentStatusWorkerOptions());
    polls.registerActivitiesImplementations(new PaymentStatusClient(http(), poller));
    env.newWorker(WORKFLOW_QUEUE)
        .registerWorkflowImplementationTypes(AwaitPaymentWorkflowImpl.class);
    env.start();
    int threadsBefore = platformThreads();

    List<WorkflowStub> waiting = new ArrayList<>();
    park(waiting, PAYMENTS / 2);
    int threadsHalf = platformThreads();
    park(waiting, PAYMENTS);
    int threadsWaiting = platformThreads();
    long heapWaitingMb = heapAfterGcMb();

    long drainStart = System.nanoTime();
    provider.settleAll();
    for (WorkflowStub stub : waiting) {
      assertThat(stub.getResult(PaymentSnapshot.class).state()).isEqualTo(PaymentState.SUCCEEDED);
    }
    double drainSeconds = (System.nanoTime() - drainStart) / 1e9;

    assertThat(poller.held()).isZero();
    log.info(
        "waitingPayments={} activitySlots={} providerCalls={} platformThreadsBefore={}"
            + " platformThreadsAt{}={} platformThreadsAt{}={} heapAfterGcMb={} drainSeconds={}"
            + " (one JVM: worker, in-memory server, provider)",
        PAYMENTS,
        SLOTS,
        provider.calls(),
        threadsBefore,
        PAYMENTS / 2,
        threadsHalf,
        PAYMENTS,
        threadsWaiting,
        heapWaitingMb,
        String.format("%.1f", drainSeconds));
    assertThat(threadsWaiting - threadsHalf)
        .as("platform threads added by the second %d waiting payments", PAYMENTS / 2)
        .isLessThan(PAYMENTS / 20);
  }

  /** Starts payments until {@code total} wait at once, each polled at least once. */
  private void park(List<WorkflowStub> waiting, int total) throws InterruptedException {
    for (int i = waiting.size(); i < total; i++) {
      AwaitPaymentWorkflow workflow =
          env.getWorkflowClient()
              .newWorkflowStub(
                  AwaitPaymentWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId("wait-" + i)
                      .setTaskQueue(WORKFLOW_QUEUE)
                      .build());
      WorkflowClient.start(workflow::await, new PaymentQuery("o-" + i, "pay-" + i));
      waiting.add(WorkflowStub.fromTyped(workflow));
    }
    Conditions.await(
        total + " payments polled while none has settled",
        Duration.ofSeconds(120),
        () -> provider.polledPayments() == total && poller.held() == total);
  }

  /** Far fewer activity slots than waiting payments: a waiting payment holds none. */
  private static WorkerOptions paymentStatusWorkerOptions() {
    return WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(SLOTS).build();
  }

  private DownstreamHttp http() {
    return DownstreamHttp.to(provider.url(), Duration.ofSeconds(10));
  }

  private static int platformThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static long heapAfterGcMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }
}
