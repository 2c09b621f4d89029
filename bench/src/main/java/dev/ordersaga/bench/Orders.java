package dev.ordersaga.bench;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import java.math.BigDecimal;
import java.util.List;

/** The order every benchmark call places: 1 × SKU-1 at 19.99, paid with a sandbox token. */
final class Orders {
  static final String SKU = "SKU-1";

  private Orders() {}

  /** The body of {@code POST /orders} (and of the synchronous baseline). */
  static String json(String token) {
    return """
        {"customerId":"c-bench","currency":"USD",
         "items":[{"sku":"SKU-1","quantity":1,"unitPrice":"19.99"}],
         "payment":{"method":"card","token":"%s"},
         "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London",
                            "postalCode":"N1 9GU","country":"GB"}}
        """
        .formatted(token);
  }

  /** The same order as a workflow input, for starts through the Temporal client. */
  static OrderRequest request(String orderId, String token) {
    return new OrderRequest(
        orderId,
        "c-bench",
        "USD",
        List.of(new LineItem(SKU, 1, new BigDecimal("19.99"))),
        new PaymentMethod("card", token),
        new ShippingAddress("Ada Lovelace", "1 Analytical Way", "London", "N1 9GU", "GB"));
  }
}
