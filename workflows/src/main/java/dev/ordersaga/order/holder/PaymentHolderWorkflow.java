package dev.ordersaga.order.holder;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Watches one worker's {@link HolderLease}: runs the lease activity on the worker's own queue until
 * the worker stops (the workflow ends), its term ends (the workflow continues as new) or the lease
 * lapses; then another worker adopts the payments the dead one held, and the workflow ends.
 * Workflow id {@link HolderLease#workflowId}, task queue {@code payment-status}.
 */
@WorkflowInterface
public interface PaymentHolderWorkflow {
  /** The workflow type, as the API, the CLI and visibility queries name it. */
  String TYPE = "PaymentHolder";

  /**
   * @return how many waiting payments were adopted from the holder; 0 when it stopped cleanly
   */
  @WorkflowMethod(name = TYPE)
  int watch(HolderLease lease);
}
