package dev.ordersaga.api.orders;

import dev.ordersaga.order.OrderLedger;

/**
 * What is known of one order: its ledger, what visibility says while no worker answers, or how its
 * run ended when that was not the saga's doing.
 */
public sealed interface OrderSnapshot {

  /** The workflow answered its {@code status()} query. */
  record Live(OrderLedger ledger) implements OrderSnapshot {}

  /** No worker answered in time: the search attributes, possibly behind the workflow. */
  record Visible(OrderSummary summary) implements OrderSnapshot {}

  /**
   * The run ended outside the saga (terminated, timed out, failed or cancelled in Temporal): the
   * order will not go on, and steps it had done were not undone.
   *
   * @param summary what visibility knows, its status {@link #STATUS}
   * @param reason what happened, e.g. the termination reason and the status it stopped in
   */
  record Ended(OrderSummary summary, String reason) implements OrderSnapshot {
    /** The status an order whose run ended outside the saga shows. */
    public static final String STATUS = "TERMINATED";
  }
}
