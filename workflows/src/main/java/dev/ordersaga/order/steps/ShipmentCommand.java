package dev.ordersaga.order.steps;

import dev.ordersaga.order.ShippingAddress;
import java.util.List;

/** Create the shipment of an order. */
public record ShipmentCommand(
    String orderId, String idempotencyKey, ShippingAddress address, List<StockLine> lines) {
  public ShipmentCommand {
    lines = List.copyOf(lines);
  }
}
