package dev.ordersaga.e2e;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Orders the end-to-end tests place: 2 × SKU-1 at 19.99, paid with {@code token}. */
final class Orders {
  private Orders() {}

  static OrderRequest paidWith(String token) {
    return forCustomer("c-e2e", token);
  }

  /** The same order placed by {@code customerId}, so a visibility query can single it out. */
  static OrderRequest forCustomer(String customerId, String token) {
    return of(customerId, "SKU-1", token);
  }

  /** 2 × {@code sku} at 19.99 for {@code customerId}, paid with {@code token}. */
  static OrderRequest of(String customerId, String sku, String token) {
    return new OrderRequest(
        "e2e-" + UUID.randomUUID().toString().substring(0, 8),
        customerId,
        "USD",
        List.of(new LineItem(sku, 2, new BigDecimal("19.99"))),
        new PaymentMethod("card", token),
        new ShippingAddress("Ada Lovelace", "1 Analytical Way", "London", "N1 9GU", "GB"));
  }

  /** The same order as the REST API's JSON body. */
  static String json(String token) {
    return """
        {"customerId":"c-e2e-api","currency":"USD",
         "items":[{"sku":"SKU-1","quantity":2,"unitPrice":"19.99"}],
         "payment":{"method":"card","token":"%s"},
         "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London",
                            "postalCode":"N1 9GU","country":"GB"}}
        """
        .formatted(token);
  }
}
