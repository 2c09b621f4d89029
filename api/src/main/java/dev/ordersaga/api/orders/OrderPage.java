package dev.ordersaga.api.orders;

import java.util.List;

/**
 * One page of a visibility listing.
 *
 * @param nextPageToken opaque, URL-safe; null on the last page
 */
public record OrderPage(List<OrderSummary> orders, String nextPageToken) {
  public OrderPage {
    orders = List.copyOf(orders);
  }
}
