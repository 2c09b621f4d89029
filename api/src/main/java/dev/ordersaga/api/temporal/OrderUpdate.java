package dev.ordersaga.api.temporal;

import dev.ordersaga.order.OrderWorkflow;

/**
 * An Update the API sends an order. Each is safe to repeat.
 *
 * @param updateName its name on {@link OrderWorkflow}
 * @param label how an answer names it, e.g. "the cancel of order o-1"
 * @param repeat how a repeat of an applied one answers
 */
record OrderUpdate(String updateName, String label, String repeat) {
  static final OrderUpdate CANCEL =
      new OrderUpdate(
          OrderWorkflow.CANCEL_UPDATE, "cancel", "a repeat answers like the accepted one");

  static final OrderUpdate RETRY_COMPENSATION =
      new OrderUpdate(
          OrderWorkflow.RETRY_COMPENSATION_UPDATE,
          "compensation retry",
          "once it is applied, a repeat is refused (409) until the undo parks again");

  static final OrderUpdate REVIEW =
      new OrderUpdate(
          OrderWorkflow.REVIEW_UPDATE,
          "review",
          "once the decision is applied, a repeat is refused (409) and the order shows it");
}
