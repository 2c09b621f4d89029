package dev.ordersaga.order;

import java.util.Objects;

/**
 * An operator's decision on an order held in IN_REVIEW by the fraud check.
 *
 * @param approve true to let the order go on to payment, false to decline it (undone, FAILED)
 * @param reason why, recorded on the ledger
 */
public record ReviewDecision(boolean approve, String reason) {
  public ReviewDecision {
    Objects.requireNonNull(reason, "reason");
  }
}
