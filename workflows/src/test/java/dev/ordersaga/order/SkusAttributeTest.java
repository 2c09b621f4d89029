package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code Skus} search attribute fits the server's per-value limit whatever the order. */
class SkusAttributeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void hundredDistinctLongSkusPublishAPrefixThatFitsTheBudget() throws JsonProcessingException {
    List<LineItem> items = items(100, i -> String.format("SKU-%022d", i));

    List<String> published = OrderSearchAttributes.publishedSkus(items);

    assertThat(published).isNotEmpty().hasSizeLessThan(100);
    assertThat(published).isEqualTo(skus(items).subList(0, published.size()));
    assertThat(encodedBytes(published))
        .isLessThanOrEqualTo(OrderSearchAttributes.SKUS_BUDGET_BYTES);
    List<String> oneMore = skus(items).subList(0, published.size() + 1);
    assertThat(encodedBytes(oneMore)).isGreaterThan(OrderSearchAttributes.SKUS_BUDGET_BYTES);
  }

  @Test
  void multiByteAndEscapedCharactersAreCountedAsEncoded() throws JsonProcessingException {
    List<LineItem> items = items(200, i -> "Ä€𝄞\"\\\u001f-" + i);

    List<String> published = OrderSearchAttributes.publishedSkus(items);

    assertThat(published).isNotEmpty();
    assertThat(encodedBytes(published))
        .isLessThanOrEqualTo(OrderSearchAttributes.SKUS_BUDGET_BYTES);
  }

  @Test
  void repeatedSkusArePublishedOnceAndASmallOrderKeepsEveryOne() {
    List<LineItem> items = new ArrayList<>(items(3, i -> "SKU-" + i));
    items.add(new LineItem("SKU-0", 1, BigDecimal.ONE));

    assertThat(OrderSearchAttributes.publishedSkus(items))
        .containsExactly("SKU-0", "SKU-1", "SKU-2");
  }

  @Test
  void anOrderOfHundredDistinctSkusRunsWithTheBoundedListPublished() {
    OrderRequest small = SagaHarness.order("sku-1");
    OrderRequest order =
        new OrderRequest(
            "sku-1",
            small.customerId(),
            small.currency(),
            items(100, i -> String.format("SKU-%022d", i)),
            small.payment(),
            small.shippingAddress());

    OrderLedger ledger = saga.run(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    List<String> skus = saga.searchAttributes("sku-1").get(OrderSearchAttributes.SKUS);
    assertThat(skus).isEqualTo(OrderSearchAttributes.publishedSkus(order.items()));
  }

  private static List<LineItem> items(int count, java.util.function.IntFunction<String> sku) {
    return IntStream.range(0, count)
        .mapToObj(i -> new LineItem(sku.apply(i), 1, new BigDecimal("1.00")))
        .toList();
  }

  private static List<String> skus(List<LineItem> items) {
    return items.stream().map(LineItem::sku).distinct().toList();
  }

  private static int encodedBytes(List<String> skus) throws JsonProcessingException {
    return JSON.writeValueAsString(skus).getBytes(StandardCharsets.UTF_8).length;
  }
}
