package dev.ordersaga.api.attention;

import dev.ordersaga.api.orders.OrderSummary;
import java.util.List;

/**
 * One bounded page of orders a visibility query matched.
 *
 * @param truncated whether more orders matched than were returned
 */
public record Candidates(List<OrderSummary> orders, boolean truncated) {
  public Candidates {
    orders = List.copyOf(orders);
  }
}
