package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real dev server enforces its search-attribute limits (2 KB per value by default), which the
 * in-memory test server does not: the largest order the workflow accepts runs to its end.
 */
class SearchAttributeLimitsIT {
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack = new Stack("sa-limits", Duration.ofMillis(500), Duration.ofSeconds(60));
  }

  @Test
  void orderOfTheMostDistinctLongestSkusCompletesWithABoundedSkusAttribute() {
    String prefix = "LIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
    List<LineItem> items =
        IntStream.range(0, OrderRequest.MAX_ITEMS)
            .mapToObj(i -> new LineItem(longestSku(prefix, i), 1, new BigDecimal("1.00")))
            .toList();
    items.forEach(item -> stack.sandbox.stock(item.sku(), 5));
    OrderRequest template = Orders.forCustomer("c-sa-limits", "tok_ok");
    OrderRequest order =
        new OrderRequest(
            template.orderId(),
            template.customerId(),
            template.currency(),
            items,
            template.payment(),
            template.shippingAddress());

    OrderLedger ledger = stack.runToEnd(order, Duration.ofSeconds(90));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    List<String> published =
        stack
            .untyped(order.orderId())
            .describe()
            .getTypedSearchAttributes()
            .get(OrderSearchAttributes.SKUS);
    assertThat(published)
        .isNotEmpty()
        .hasSizeLessThan(items.size())
        .isEqualTo(items.stream().map(LineItem::sku).toList().subList(0, published.size()));
  }

  private static String longestSku(String prefix, int i) {
    String sku = prefix + i + "-";
    return sku + "X".repeat(64 - sku.length());
  }
}
