package dev.ordersaga.activities.shipping;

import dev.ordersaga.order.ShippingAddress;
import dev.ordersaga.order.steps.StockLine;
import java.util.List;

/** The body of {@code POST /shipments}. */
record ShipmentBody(String orderId, ShippingAddress address, List<StockLine> lines) {}
