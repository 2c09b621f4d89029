package dev.ordersaga.order;

import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * The status an order shows, in both places: its ledger (exact) and the {@code OrderStatus} search
 * attribute, upserted only when the status it publishes changes ({@link OrderStatus#published()}).
 */
final class OrderProgress {
  private static final Logger log = Workflow.getLogger(OrderProgress.class);

  private final String orderId;
  private final SagaLedger ledger;
  private OrderStatus shown;

  /** Starts with the ledger's status, which the starter already published. */
  OrderProgress(String orderId, SagaLedger ledger) {
    this.orderId = orderId;
    this.ledger = ledger;
    this.shown = ledger.status();
  }

  /** Moves the order to {@code status}, with the reason an operator reads (or null). */
  void set(OrderStatus status, String reason) {
    ledger.status(status, reason);
    shown = OrderSearchAttributes.publishMilestone(status, shown);
    log.info("order {} is {}", orderId, status);
  }
}
