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
  /** The workflow type, as the API, the CLI and visibility queries name it. */
  String TYPE = "OrderWorkflow";

  /** The visibility query of the orders still running (other workflow types left out). */
  String RUNNING_ORDERS = "WorkflowType = '" + TYPE + "' AND ExecutionStatus = 'Running'";

  /** The query, Update and signal names, as the API, the CLI and the runbook send them. */
  String STATUS_QUERY = "status";

  String CANCEL_UPDATE = "cancel";
  String RETRY_COMPENSATION_UPDATE = "retryCompensation";
  String RESUME_UPDATE = "resume";
  String REVIEW_UPDATE = "review";
  String RETRY_PARKED_SIGNAL = "retryParked";
  String PAYMENT_SIGNAL = "paymentNotified";

  /**
   * Runs the order to one of COMPLETED, CANCELLED or FAILED. Before the shipment (the pivot) a step
   * that fails for good has every done step undone; after it nothing is undone. An undo that keeps
   * failing parks the order in COMPENSATION_FAILED until {@link #retryCompensation()}; a step after
   * the shipment that cannot succeed parks it in NEEDS_ATTENTION until {@link #resume()}.
   */
  @WorkflowMethod(name = TYPE)
  OrderLedger place(OrderRequest order);

  /** The saga ledger: order status and, per step, its state, attempts, failure and timestamps. */
  @QueryMethod(name = STATUS_QUERY)
  OrderLedger status();

  /**
   * The customer cancels. Accepted until the shipment is being created; the order is then undone
   * and ends CANCELLED. Returns at once, before the undo has run.
   */
  @UpdateMethod(name = CANCEL_UPDATE)
  OrderLedger cancel(CancelRequest request);

  /**
   * Refuses a cancel ({@link UpdateRefusedException}) once the shipment exists or is being created,
   * when the order is over, or while it is already being undone.
   */
  @UpdateValidatorMethod(updateName = CANCEL_UPDATE)
  void validateCancel(CancelRequest request);

  /** An operator retries the undo that parked the order in COMPENSATION_FAILED. */
  @UpdateMethod(name = RETRY_COMPENSATION_UPDATE)
  OrderLedger retryCompensation();

  /** Refuses ({@link UpdateRefusedException}) unless the order is in COMPENSATION_FAILED. */
  @UpdateValidatorMethod(updateName = RETRY_COMPENSATION_UPDATE)
  void validateRetryCompensation();

  /** An operator retries the step after the shipment that parked the order in NEEDS_ATTENTION. */
  @UpdateMethod(name = RESUME_UPDATE)
  OrderLedger resume();

  /** Refuses ({@link UpdateRefusedException}) unless the order is in NEEDS_ATTENTION. */
  @UpdateValidatorMethod(updateName = RESUME_UPDATE)
  void validateResume();

  /**
   * An operator decides an order the fraud check held in IN_REVIEW: approved, it goes on to
   * payment; declined, it is undone and ends FAILED ({@code FraudDeclined}) with the reason.
   */
  @UpdateMethod(name = REVIEW_UPDATE)
  OrderLedger review(ReviewDecision decision);

  /** Refuses ({@link UpdateRefusedException}) unless the order is in IN_REVIEW. */
  @UpdateValidatorMethod(updateName = REVIEW_UPDATE)
  void validateReview(ReviewDecision decision);

  /**
   * An operator retries whatever parked the order: the undo (COMPENSATION_FAILED, as {@link
   * #retryCompensation()}) or the step after the shipment (NEEDS_ATTENTION, as {@link #resume()}).
   * A signal, so one {@code temporal workflow signal --query} reaches every parked order; an order
   * that is not parked ignores it.
   */
  @SignalMethod(name = RETRY_PARKED_SIGNAL)
  void retryParked();

  /**
   * The payment provider's callback says the payment may have settled: check its status now.
   * Duplicates are coalesced; after settlement, or once {@code PaymentWait.MAX_CHECKS} checks have
   * run, a callback schedules nothing.
   */
  @SignalMethod(name = PAYMENT_SIGNAL)
  void paymentNotified(PaymentNotice notice);
}
