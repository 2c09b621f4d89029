package dev.ordersaga.order;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The search attributes every order carries, for visibility queries and the Web UI filter. */
public final class OrderSearchAttributes {
  /** Keyword: an {@link OrderStatus} name, upserted as the order moves. */
  public static final SearchAttributeKey<String> ORDER_STATUS =
      SearchAttributeKey.forKeyword("OrderStatus");

  /** Keyword: the customer who placed the order. */
  public static final SearchAttributeKey<String> CUSTOMER_ID =
      SearchAttributeKey.forKeyword("CustomerId");

  /** Double: the order total, for filtering only (money itself is never a binary float). */
  public static final SearchAttributeKey<Double> ORDER_TOTAL =
      SearchAttributeKey.forDouble("OrderTotal");

  /**
   * KeywordList: the distinct SKUs of the order, so operators can find every order of a recalled
   * SKU. Bounded by construction: only the first SKUs whose encoded size fits {@link
   * #SKUS_BUDGET_BYTES} are published (the server refuses a value over 2 KB by default); the order
   * itself (the workflow's input and the order record) keeps every line.
   */
  public static final SearchAttributeKey<List<String>> SKUS =
      SearchAttributeKey.forKeywordList("Skus");

  /** The most the {@code Skus} value may take, JSON-encoded: well under the server's 2 KB. */
  public static final int SKUS_BUDGET_BYTES = 1024;

  /**
   * Every order search attribute: what a server must register before an order starts. The one list
   * the dev servers, the test servers and {@code config/search-attributes.txt} (read by the shell
   * scripts) are built from.
   */
  public static final List<SearchAttributeKey<?>> ALL =
      List.of(ORDER_STATUS, CUSTOMER_ID, ORDER_TOTAL, SKUS);

  private OrderSearchAttributes() {}

  /**
   * {@link #ALL} in the temporal CLI's {@code Name=Type} form ({@code OrderStatus=Keyword}), as
   * {@code server start-dev --search-attribute} and {@code operator search-attribute create} take
   * them.
   */
  public static List<String> cliDefinitions() {
    return ALL.stream().map(key -> key.getName() + "=" + cliType(key.getValueType())).toList();
  }

  /** {@code INDEXED_VALUE_TYPE_KEYWORD_LIST} as the CLI spells it: {@code KeywordList}. */
  private static String cliType(IndexedValueType type) {
    StringBuilder name = new StringBuilder();
    for (String word : type.name().substring("INDEXED_VALUE_TYPE_".length()).split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /**
   * The distinct SKUs of {@code items}, in order, while their JSON encoding (an array of strings,
   * counted as an upper bound: every control character as a 6-byte escape) fits {@link
   * #SKUS_BUDGET_BYTES}; the first SKU that does not fit ends the list.
   */
  static List<String> publishedSkus(List<LineItem> items) {
    List<String> published = new ArrayList<>();
    int size = 2;
    for (String sku : items.stream().map(LineItem::sku).distinct().toList()) {
      size += encodedSize(sku) + 3;
      if (size > SKUS_BUDGET_BYTES) {
        break;
      }
      published.add(sku);
    }
    return published;
  }

  private static int encodedSize(String value) {
    int size = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        size += 6;
      } else if (c == '"' || c == '\\') {
        size += 2;
      } else if (c < 0x80) {
        size += 1;
      } else if (c < 0x800 || Character.isSurrogate(c)) {
        size += 2;
      } else {
        size += 3;
      }
    }
    return size;
  }

  /**
   * The four as an order starts with {@code status}: what a starter sets ({@code
   * WorkflowOptions.setTypedSearchAttributes}) so that the workflow need not upsert them.
   */
  public static SearchAttributes atStart(OrderRequest order, OrderStatus status) {
    return SearchAttributes.newBuilder()
        .set(ORDER_STATUS, status.name())
        .set(CUSTOMER_ID, order.customerId())
        .set(ORDER_TOTAL, order.total().doubleValue())
        .set(SKUS, publishedSkus(order.items()))
        .build();
  }

  /** Sets all four at the start of a run (the starter may already have set some). */
  private static void publishStart(OrderRequest order, OrderStatus status) {
    Workflow.upsertTypedSearchAttributes(
        ORDER_STATUS.valueSet(status.name()),
        CUSTOMER_ID.valueSet(order.customerId()),
        ORDER_TOTAL.valueSet(order.total().doubleValue()),
        SKUS.valueSet(publishedSkus(order.items())));
  }

  /**
   * {@link #publishStart}, unless the starter already set all four to these values: then nothing is
   * upserted (no history event, no visibility write).
   */
  static void publishStartUnlessSet(OrderRequest order, OrderStatus status) {
    SearchAttributes current = Workflow.getTypedSearchAttributes();
    SearchAttributes wanted = atStart(order, status);
    if (!ALL.stream().allMatch(key -> same(key, current, wanted))) {
      publishStart(order, status);
    }
  }

  private static <T> boolean same(
      SearchAttributeKey<T> key, SearchAttributes a, SearchAttributes b) {
    return Objects.equals(a.get(key), b.get(key));
  }

  /** Upserts the status as the order moves. */
  private static void publishStatus(OrderStatus status) {
    Workflow.upsertTypedSearchAttributes(ORDER_STATUS.valueSet(status.name()));
  }

  /**
   * Upserts {@code status.published()} unless it is {@code shown}, what the search attribute shows
   * now: no history event and no visibility write for a passing status ({@link
   * OrderStatus#published()}).
   *
   * @return what the search attribute shows afterwards
   */
  static OrderStatus publishMilestone(OrderStatus status, OrderStatus shown) {
    OrderStatus published = status.published();
    if (published != shown) {
      publishStatus(published);
    }
    return published;
  }
}
