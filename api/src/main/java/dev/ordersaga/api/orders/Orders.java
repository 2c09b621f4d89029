package dev.ordersaga.api.orders;

import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentNotice;
import dev.ordersaga.order.ReviewDecision;
import java.util.Optional;

/**
 * What the REST resources may ask of the order workflows: the port between HTTP and Temporal. Every
 * method throws {@link ApiProblem#temporalUnavailable} when Temporal cannot be reached in time, and
 * a method that changes an order {@link ApiProblem#outcomeUnknown} when the change may have reached
 * Temporal unconfirmed; an Update Temporal refuses for now is {@link ApiProblem#orderBusy}.
 */
public interface Orders {

  /**
   * Starts the order's workflow and nothing else. A workflow with the same id is never started
   * twice: when one exists with the same fingerprint this is a replay and nothing starts.
   *
   * @param fingerprint a digest of the request's content, kept with the workflow
   * @throws ApiProblem {@link ApiProblem#idempotencyKeyReused} when the existing workflow has
   *     another fingerprint
   */
  Submission submit(OrderRequest order, String fingerprint);

  /**
   * The order's ledger from its workflow, or, when no worker answers in time, what visibility knows
   * of it, or how its run ended when the saga did not end it. Empty when there is no such order.
   */
  Optional<OrderSnapshot> find(String orderId);

  /** A page of orders from visibility, newest first. */
  OrderPage list(OrderFilter filter);

  /**
   * Asks the workflow to cancel the order.
   *
   * @return the ledger when the cancel was accepted (the undo runs afterwards), or when an earlier
   *     cancel was: while the order is undone, and its final ledger once it is CANCELLED
   * @throws ApiProblem {@link ApiProblem#orderNotFound} when there is no such order, {@link
   *     ApiProblem#orderRefused} when the order can no longer be cancelled
   */
  OrderLedger cancel(String orderId, String reason);

  /**
   * Asks a parked order to retry its failed undo.
   *
   * @throws ApiProblem {@link ApiProblem#orderNotFound} when there is no such order, {@link
   *     ApiProblem#orderRefused} when nothing is parked
   */
  OrderLedger retryCompensation(String orderId);

  /**
   * Gives an operator's decision to an order the fraud check holds in IN_REVIEW.
   *
   * @return the ledger when the decision was accepted (payment, or the undo, runs afterwards)
   * @throws ApiProblem {@link ApiProblem#orderNotFound} when there is no such order, {@link
   *     ApiProblem#orderRefused} when the order is not in IN_REVIEW
   */
  OrderLedger review(String orderId, ReviewDecision decision);

  /**
   * Tells the order's workflow that its payment may have settled, once per event id: a redelivery
   * of the same event is dropped by Temporal.
   *
   * @return false when there is no such running order (nothing to tell)
   */
  boolean notifyPayment(String orderId, PaymentNotice notice);
}
