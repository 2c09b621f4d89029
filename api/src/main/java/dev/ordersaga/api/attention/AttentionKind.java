package dev.ordersaga.api.attention;

/** Why an order needs a person now: the rows of the money-at-risk view. */
public enum AttentionKind {
  /**
   * Parked for an operator: NEEDS_ATTENTION (a step after the shipment cannot succeed),
   * COMPENSATION_FAILED with nothing charged, or IN_REVIEW (the fraud check waits for a decision).
   */
  PARKED,
  /**
   * Charged but not refunded: the refund is retrying ({@code Payments.refund} pending past its
   * first attempt), or it failed for good and parked the order in COMPENSATION_FAILED.
   */
  REFUND_FAILING,
  /** AWAITING_PAYMENT although the payment provider says the payment settled. */
  PAID_WAITING,
  /** A step's activity keeps failing: past the configured attempts, with a last failure. */
  NO_PROGRESS
}
