package dev.ordersaga.order.samples;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sample order every test and the benchmark place: USD, paid by card, shipped to {@link
 * #ADDRESS}; callers choose the customer, the lines and the payment token.
 */
public final class SampleOrders {
  /** Where every sample order ships. */
  public static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical Way", "London", "N1 9GU", "GB");

  /** The price of one unit of a single-line sample order. */
  public static final BigDecimal UNIT_PRICE = new BigDecimal("19.99");

  private SampleOrders() {}

  /** Order {@code orderId} of {@code items} for {@code customerId}, paid with {@code token}. */
  public static OrderRequest of(
      String orderId, String customerId, String token, List<LineItem> items) {
    return new OrderRequest(
        orderId, customerId, "USD", items, new PaymentMethod("card", token), ADDRESS);
  }

  /** Order {@code orderId}: {@code quantity} × {@code sku} at {@link #UNIT_PRICE}. */
  public static OrderRequest single(
      String orderId, String customerId, String sku, int quantity, String token) {
    return of(orderId, customerId, token, List.of(new LineItem(sku, quantity, UNIT_PRICE)));
  }

  /** {@code order} as the body of the REST API's {@code POST /orders} (which has no order id). */
  public static String json(OrderRequest order) {
    String items =
        order.items().stream()
            .map(
                item ->
                    "{\"sku\":\"%s\",\"quantity\":%d,\"unitPrice\":\"%s\"}"
                        .formatted(item.sku(), item.quantity(), item.unitPrice().toPlainString()))
            .collect(Collectors.joining(","));
    ShippingAddress to = order.shippingAddress();
    return """
        {"customerId":"%s","currency":"%s","items":[%s],
         "payment":{"method":"%s","token":"%s"},
         "shippingAddress":{"name":"%s","line1":"%s","city":"%s","postalCode":"%s","country":"%s"}}
        """
        .formatted(
            order.customerId(),
            order.currency(),
            items,
            order.payment().method(),
            order.payment().token(),
            to.name(),
            to.line1(),
            to.city(),
            to.postalCode(),
            to.country());
  }
}
