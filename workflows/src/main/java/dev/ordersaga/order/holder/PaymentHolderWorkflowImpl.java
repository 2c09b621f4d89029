package dev.ordersaga.order.holder;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.common.VersioningBehavior;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowVersioningBehavior;
import org.slf4j.Logger;

/**
 * {@link PaymentHolderWorkflow}: the lease activity once, then the adoption if it lapsed. It
 * upgrades to each new current Worker Deployment version: the lease outlives any one version.
 */
public final class PaymentHolderWorkflowImpl implements PaymentHolderWorkflow {
  private static final Logger log = Workflow.getLogger(PaymentHolderWorkflowImpl.class);

  /** A failed sweep is retried after this share of the lease timeout, growing to all of it. */
  private static final int ADOPT_RETRY_SHARE = 30;

  @Override
  @WorkflowVersioningBehavior(VersioningBehavior.AUTO_UPGRADE)
  public int watch(HolderLease lease) {
    PaymentHolderActivities leaseStub =
        Workflow.newActivityStub(
            PaymentHolderActivities.class,
            ActivityOptions.newBuilder()
                .setTaskQueue(lease.leaseQueue())
                .setStartToCloseTimeout(lease.term().plus(lease.leaseTimeout()))
                .setHeartbeatTimeout(lease.leaseTimeout())
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
    try {
      if (leaseStub.hold(lease.holder(), lease.term())) {
        Workflow.continueAsNew(lease);
      }
      return 0;
    } catch (ActivityFailure lapsed) {
      log.warn("holder {} lost its lease: {}", lease.holder(), lapsed.getCause().getMessage());
    }
    PaymentHolderActivities adoptStub =
        Workflow.newActivityStub(
            PaymentHolderActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(lease.adoptTimeout())
                .setHeartbeatTimeout(lease.leaseTimeout())
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(lease.leaseTimeout().dividedBy(ADOPT_RETRY_SHARE))
                        .setMaximumInterval(lease.leaseTimeout())
                        .setMaximumAttempts(0)
                        .build())
                .build());
    int adopted = adoptStub.adopt(lease.holder());
    log.info("{} waiting payments of {} adopted", adopted, lease.holder());
    return adopted;
  }
}
