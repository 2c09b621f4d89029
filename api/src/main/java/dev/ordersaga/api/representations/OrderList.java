package dev.ordersaga.api.representations;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordersaga.api.orders.OrderPage;
import dev.ordersaga.api.orders.OrderSummary;
import java.util.List;

/**
 * {@code GET /orders}: a page of orders as visibility shows them.
 *
 * @param nextPageToken pass as {@code pageToken} for the next page; absent on the last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderList(List<OrderSummary> orders, String nextPageToken) {
  public static OrderList of(OrderPage page) {
    return new OrderList(page.orders(), page.nextPageToken());
  }
}
