package dev.ordersaga.bench;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.samples.SampleOrders;

/** The order every benchmark call places: 1 × SKU-1 at 19.99, paid with a sandbox token. */
final class Orders {
  static final String SKU = "SKU-1";
  private static final String CUSTOMER = "c-bench";

  private Orders() {}

  /** The body of {@code POST /orders} (and of the synchronous baseline). */
  static String json(String token) {
    return SampleOrders.json(request("unused", token));
  }

  /** The same order as a workflow input, for starts through the Temporal client. */
  static OrderRequest request(String orderId, String token) {
    return SampleOrders.single(orderId, CUSTOMER, SKU, 1, token);
  }
}
