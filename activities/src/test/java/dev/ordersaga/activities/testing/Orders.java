package dev.ordersaga.activities.testing;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import java.math.BigDecimal;
import java.util.List;

/** Sample orders. */
public final class Orders {
  public static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical Way", "London", "N1 9GU", "GB");

  private Orders() {}

  /** Order {@code orderId}: 2 × SKU-1 at 12.49 and 1 × SKU-2 at 20.00, 44.98 USD in all. */
  public static OrderRequest order(String orderId) {
    return new OrderRequest(
        orderId,
        "cust-7",
        "USD",
        List.of(
            new LineItem("SKU-1", 2, new BigDecimal("12.49")),
            new LineItem("SKU-2", 1, new BigDecimal("20.00"))),
        new PaymentMethod("card", "tok_ok"),
        ADDRESS);
  }
}
