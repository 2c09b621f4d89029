package dev.ordersaga.worker;

import dev.ordersaga.activities.payments.PaymentPoller;
import dev.ordersaga.activities.payments.holder.PaymentHolders;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.holder.HolderLease;
import dev.ordersaga.order.holder.PaymentHolderWorkflow;
import dev.ordersaga.order.holder.PaymentHolderWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;

/**
 * Wires the lease of a worker that holds waiting payments ({@link HolderLease}): the lease workflow
 * on {@code payment-status}, the lease activity on the worker's own queue, the sweep for dead
 * holders' payments on {@code payment-status}, and the start of this worker's lease.
 *
 * <p><b>Why the bound holds.</b> The worker renews its lease every third of {@code leaseTimeout}
 * (one heartbeat for everything it holds, whatever their number). If it dies, the server times the
 * lease activity out {@code leaseTimeout} after the last renewal; the lease workflow then runs a
 * sweep on a live {@code payment-status} worker, which ends each of the dead worker's waits by id;
 * the server retries each after {@link PaymentPoller#HAND_ON_DELAY} on a live worker, whose first
 * status read is immediate. A paid order therefore moves on within {@code leaseTimeout} plus one
 * sweep (one visibility page per 1,000 waiting orders and one describe each) plus a second,
 * whatever the waiting payments' own heartbeat timeout.
 */
final class HolderLeases {
  /** The lease timeout unless {@code paymentWait.leaseTimeout} says otherwise. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** How long one lease activity runs before the lease workflow continues as new. */
  static final Duration TERM = Duration.ofDays(1);

  /** How long one sweep may run before it is tried again. */
  static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(10);

  private static final int RENEWALS_PER_TIMEOUT = 3;

  private HolderLeases() {}

  /**
   * Registers the lease workflow and the sweep on {@code paymentStatus}, and the lease activity on
   * a new worker of the holder's own queue.
   */
  static void register(
      WorkerFactory factory,
      Worker paymentStatus,
      WorkflowClient client,
      PaymentPoller poller,
      Duration leaseTimeout) {
    Duration renewEvery = leaseTimeout.dividedBy(RENEWALS_PER_TIMEOUT);
    PaymentHolders holders =
        new PaymentHolders(
            renewEvery,
            poller::awaitClosed,
            client.getWorkflowServiceStubs(),
            client.getOptions().getNamespace(),
            client.newActivityCompletionClient());
    paymentStatus.registerWorkflowImplementationTypes(PaymentHolderWorkflowImpl.class);
    paymentStatus.registerActivitiesImplementations(holders);
    Worker lease =
        factory.newWorker(
            HolderLease.leaseQueue(client.getOptions().getIdentity()),
            WorkerOptions.newBuilder().setMaxHeartbeatThrottleInterval(renewEvery).build());
    lease.registerActivitiesImplementations(holders);
  }

  /** Starts the lease of this worker; call once its workers poll. */
  static void start(WorkflowClient client, Duration leaseTimeout) {
    String holder = client.getOptions().getIdentity();
    PaymentHolderWorkflow lease =
        client.newWorkflowStub(
            PaymentHolderWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(HolderLease.workflowId(holder))
                .setTaskQueue(TaskQueues.PAYMENT_STATUS)
                .build());
    WorkflowClient.start(lease::watch, HolderLease.of(holder, leaseTimeout, TERM, SWEEP_TIMEOUT));
  }
}
