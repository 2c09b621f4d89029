package dev.ordersaga.api.attention;

import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderLedger;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The status queries of one listing. Once one goes unanswered (no worker answered within the query
 * deadline), the rest are not asked: without the workflow worker every query would wait out its
 * deadline, so the listing costs one deadline, not one per order.
 */
final class StatusQueries {
  private final AttentionSource source;
  private final AtomicBoolean unanswered = new AtomicBoolean();

  StatusQueries(AttentionSource source) {
    this.source = source;
  }

  /**
   * The order's ledger; empty when its query, or an earlier one of this listing, went unanswered.
   */
  Optional<OrderLedger> ledger(OrderSummary order) {
    if (unanswered.get()) {
      return Optional.empty();
    }
    Optional<OrderLedger> ledger = source.ledger(order);
    if (ledger.isEmpty()) {
      unanswered.set(true);
    }
    return ledger;
  }

  /** Whether a query of this listing went unanswered. */
  boolean anyUnanswered() {
    return unanswered.get();
  }
}
