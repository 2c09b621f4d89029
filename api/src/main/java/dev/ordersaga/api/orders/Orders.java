package dev.ordersaga.api.orders;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentNotice;
import java.util.Optional;

/**
 * What the REST resources may ask of the order workflows: the port between HTTP and Temporal. Every
 * method throws {@link TemporalUnavailableException} when Temporal cannot be reached in time, and a
 * method that changes an order {@link OutcomeUnknownException} when the change may have reached
 * Temporal unconfirmed.
 */
public interface Orders {

  /**
   * Starts the order's workflow and nothing else. A workflow with the same id is never started
   * twice: when one exists with the same fingerprint this is a replay and nothing starts.
   *
   * @param fingerprint a digest of the request's content, kept with the workflow
   * @throws IdempotencyConflictException when the existing workflow has another fingerprint
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
   * @throws OrderNotFoundException when there is no such order
   * @throws OrderRefusedException when the order can no longer be cancelled
   */
  OrderLedger cancel(String orderId, String reason);

  /**
   * Asks a parked order to retry its failed undo.
   *
   * @throws OrderNotFoundException when there is no such order
   * @throws OrderRefusedException when nothing is parked
   */
  OrderLedger retryCompensation(String orderId);

  /**
   * Tells the order's workflow that its payment may have settled, once per event id: a redelivery
   * of the same event is dropped by Temporal.
   *
   * @return false when there is no such running order (nothing to tell)
   */
  boolean notifyPayment(String orderId, PaymentNotice notice);
}
