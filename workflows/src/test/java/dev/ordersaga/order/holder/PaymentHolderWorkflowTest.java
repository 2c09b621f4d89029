package dev.ordersaga.order.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.Activity;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentHolderWorkflowTest {
  private static final String HOLDER = "123@host-abcd";
  private static final String QUEUE = "payment-status";
  private static final HolderLease LEASE =
      HolderLease.of(HOLDER, Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofMinutes(10));

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final List<String> calls = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    env.close();
  }

  /** A holder whose lease activity renews until {@code dies}, then stops heartbeating. */
  private final class Holder implements PaymentHolderActivities {
    private final boolean dies;

    Holder(boolean dies) {
      this.dies = dies;
    }

    @Override
    public boolean hold(String holder, Duration term) {
      calls.add("hold " + holder);
      if (dies) {
        Activity.getExecutionContext().heartbeat(null);
        Activity.getExecutionContext().doNotCompleteOnReturn();
      }
      return false;
    }

    @Override
    public int adopt(String holder) {
      calls.add("adopt " + holder);
      return 3;
    }
  }

  private int watch(boolean holderDies) {
    Worker shared = env.newWorker(QUEUE);
    shared.registerWorkflowImplementationTypes(PaymentHolderWorkflowImpl.class);
    shared.registerActivitiesImplementations(new Holder(holderDies));
    env.newWorker(LEASE.leaseQueue()).registerActivitiesImplementations(new Holder(holderDies));
    env.start();
    PaymentHolderWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                PaymentHolderWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(HolderLease.workflowId(HOLDER))
                    .setTaskQueue(QUEUE)
                    .build());
    WorkflowClient.start(workflow::watch, LEASE);
    return env.getWorkflowClient()
        .newUntypedWorkflowStub(HolderLease.workflowId(HOLDER))
        .getResult(Integer.class);
  }

  @Test
  void aLeaseThatLapsesHasTheDeadHoldersPaymentsAdopted() {
    assertThat(watch(true)).isEqualTo(3);

    assertThat(calls).containsExactly("hold " + HOLDER, "adopt " + HOLDER);
  }

  @Test
  void aHolderThatStopsAfterHandingItsPaymentsOnEndsItsLeaseWithNoSweep() {
    assertThat(watch(false)).isZero();

    assertThat(calls).containsExactly("hold " + HOLDER);
  }
}
