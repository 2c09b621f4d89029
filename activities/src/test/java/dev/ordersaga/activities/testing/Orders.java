package dev.ordersaga.activities.testing;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.ShippingAddress;
import dev.ordersaga.order.samples.SampleOrders;
import java.math.BigDecimal;
import java.util.List;

/** The sample order as the adapters' tests place it. */
public final class Orders {
  public static final ShippingAddress ADDRESS = SampleOrders.ADDRESS;

  private Orders() {}

  /** Order {@code orderId}: 2 × SKU-1 at 12.49 and 1 × SKU-2 at 20.00, 44.98 USD in all. */
  public static OrderRequest order(String orderId) {
    return SampleOrders.of(
        orderId,
        "cust-7",
        "tok_ok",
        List.of(
            new LineItem("SKU-1", 2, new BigDecimal("12.49")),
            new LineItem("SKU-2", 1, new BigDecimal("20.00"))));
  }
}
