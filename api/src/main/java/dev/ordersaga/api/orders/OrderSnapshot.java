package dev.ordersaga.api.orders;

import dev.ordersaga.order.OrderLedger;

/** What is known of one order: its ledger, or what visibility says while no worker answers. */
public sealed interface OrderSnapshot {

  /** The workflow answered its {@code status()} query. */
  record Live(OrderLedger ledger) implements OrderSnapshot {}

  /** No worker answered in time: the search attributes, possibly behind the workflow. */
  record Visible(OrderSummary summary) implements OrderSnapshot {}
}
