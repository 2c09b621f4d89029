package dev.ordersaga.order.steps;

import java.util.List;

/** Reserve every line of an order, all or nothing. */
public record ReserveStockCommand(String orderId, String idempotencyKey, List<StockLine> lines) {
  public ReserveStockCommand {
    lines = List.copyOf(lines);
  }
}
