package dev.ordersaga.order;

import java.util.List;

/**
 * Named, non-retryable business failure types ({@code ApplicationFailure#getType()}). Activities
 * throw them for refusals that a retry cannot change; the workflow reads them to end an order.
 */
public final class OrderFailureTypes {
  /** The order itself is malformed (no items, bad amount, unknown SKU). */
  public static final String INVALID_ORDER = "InvalidOrder";

  /** Not enough stock for a line of the order. */
  public static final String OUT_OF_STOCK = "OutOfStock";

  /** The risk provider, or an operator reviewing the order, declined it as fraudulent. */
  public static final String FRAUD_DECLINED = "FraudDeclined";

  /** The payment provider refused the payment. */
  public static final String PAYMENT_DECLINED = "PaymentDeclined";

  /** No payment result arrived within the payment window. */
  public static final String PAYMENT_EXPIRED = "PaymentExpired";

  /** The carrier refused the shipment (e.g. undeliverable address). */
  public static final String SHIPMENT_REFUSED = "ShipmentRefused";

  /**
   * The step was already undone for this order (the provider's undo fence): a forward call that
   * arrived after its undo, or a replay of one, had no effect.
   */
  public static final String ALREADY_UNDONE = "AlreadyUndone";

  /**
   * An Update (cancel, retryCompensation) was refused by its validator: the shipment exists, the
   * order is over or already being undone, or nothing is parked.
   */
  public static final String UPDATE_REFUSED = UpdateRefusedException.class.getName();

  /** The business refusals no retry policy should retry. */
  public static final List<String> BUSINESS_REFUSALS =
      List.of(
          INVALID_ORDER,
          OUT_OF_STOCK,
          FRAUD_DECLINED,
          PAYMENT_DECLINED,
          PAYMENT_EXPIRED,
          SHIPMENT_REFUSED,
          ALREADY_UNDONE);

  private OrderFailureTypes() {}
}
