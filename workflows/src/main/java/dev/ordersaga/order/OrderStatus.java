package dev.ordersaga.order;

import java.util.Arrays;
import java.util.List;

/**
 * The status an order shows: the REST contract and, through {@link #published()}, the {@code
 * OrderStatus} search attribute.
 */
public enum OrderStatus {
  PENDING,
  INVENTORY_RESERVED,
  /**
   * The fraud check asked for a review: the order waits, nothing charged, until an operator
   * approves or declines it (the {@code review} Update).
   */
  IN_REVIEW,
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

  /**
   * The statuses the {@code OrderStatus} search attribute can take: those published as themselves.
   */
  public static final List<OrderStatus> PUBLISHED =
      Arrays.stream(values()).filter(status -> status.published() == status).toList();

  /**
   * The status the {@code OrderStatus} search attribute shows while an order is in this one. A
   * passing status, held only while the next forward step runs, shows the status before it:
   * INVENTORY_RESERVED as PENDING (the record, the stock and the payment request are under way),
   * SHIPPED as PAID (stock, shipment, merchant notice and completion are under way). Every status
   * an order rests in or an operator acts on is published as itself. The order's ledger (the {@code
   * status()} query, {@code GET /orders/{id}}) always shows the exact status.
   */
  public OrderStatus published() {
    return switch (this) {
      case INVENTORY_RESERVED -> PENDING;
      case SHIPPED -> PAID;
      default -> this;
    };
  }

  /** Whether the workflow has ended (the parked statuses have not: they wait for an operator). */
  public boolean isTerminal() {
    return this == COMPLETED || this == CANCELLED || this == FAILED;
  }
}
