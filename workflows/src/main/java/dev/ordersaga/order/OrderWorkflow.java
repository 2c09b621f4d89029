package dev.ordersaga.order;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One order, from opening its record to completing it, undoing every step newest first when a step
 * fails for good or the customer cancels in time. Workflow id {@code order-{orderId}} (see {@link
 * OrderIds}), task queue {@code orders}.
 */
@WorkflowInterface
public interface OrderWorkflow {

  /**
   * Runs the order to one of COMPLETED, CANCELLED or FAILED. An undo that keeps failing parks the
   * order in COMPENSATION_FAILED until {@link #retryCompensation()}.
   */
  @WorkflowMethod(name = "OrderWorkflow")
  OrderLedger place(OrderRequest order);

  /** The saga ledger: order status and, per step, its state, attempts, failure and timestamps. */
  @QueryMethod
  OrderLedger status();

  /**
   * The customer cancels. Accepted until the shipment is being created; the order is then undone
   * and ends CANCELLED. Returns at once, before the undo has run.
   */
  @UpdateMethod
  OrderLedger cancel(CancelRequest request);

  /**
   * Refuses a cancel ({@link UpdateRefusedException}) once the shipment exists or is being created,
   * when the order is over, or while it is already being undone.
   */
  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelRequest request);

  /** An operator retries the undo that parked the order in COMPENSATION_FAILED. */
  @UpdateMethod
  OrderLedger retryCompensation();

  /** Refuses ({@link UpdateRefusedException}) unless the order is in COMPENSATION_FAILED. */
  @UpdateValidatorMethod(updateName = "retryCompensation")
  void validateRetryCompensation();

  /**
   * The payment provider's callback says the payment may have settled: check its status now.
   * Duplicates and callbacks after settlement are harmless.
   */
  @SignalMethod
  void paymentNotified(PaymentNotice notice);
}
