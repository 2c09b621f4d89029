package dev.ordersaga.activities.inventory;

import dev.ordersaga.order.steps.StockLine;
import java.util.List;

/** The body of {@code POST /inventory/reservations}. */
record ReservationBody(String orderId, List<StockLine> lines) {}
