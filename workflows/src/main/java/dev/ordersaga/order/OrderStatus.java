package dev.ordersaga.order;

/** The status an order shows: the REST contract and the {@code OrderStatus} search attribute. */
public enum OrderStatus {
  PENDING,
  INVENTORY_RESERVED,
  AWAITING_PAYMENT,
  PAID,
  SHIPPED,
  /** Forward steps are over or were stopped; undos are running. */
  COMPENSATING,
  COMPLETED,
  /** The customer cancelled in time and everything was undone. */
  CANCELLED,
  /** A step failed for good and everything was undone. */
  FAILED,
  /**
   * A step after the shipment (the pivot) failed in a way retries cannot fix: nothing is undone;
   * the order is parked until an operator calls resume (or signals retryParked).
   */
  NEEDS_ATTENTION,
  /** An undo kept failing: the order is parked until an operator calls retryCompensation. */
  COMPENSATION_FAILED;

  /** Whether the workflow has ended (the parked statuses have not: they wait for an operator). */
  public boolean isTerminal() {
    return this == COMPLETED || this == CANCELLED || this == FAILED;
  }
}
