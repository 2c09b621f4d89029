package dev.ordersaga.order;

import io.temporal.common.SearchAttributeKey;
import io.temporal.workflow.Workflow;
import java.util.List;

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

  /** KeywordList: the SKUs of the order, so operators can find every order of a recalled SKU. */
  public static final SearchAttributeKey<List<String>> SKUS =
      SearchAttributeKey.forKeywordList("Skus");

  private OrderSearchAttributes() {}

  /** Sets all four at the start of a run (the starter may already have set some). */
  static void publishStart(OrderRequest order, OrderStatus status) {
    Workflow.upsertTypedSearchAttributes(
        ORDER_STATUS.valueSet(status.name()),
        CUSTOMER_ID.valueSet(order.customerId()),
        ORDER_TOTAL.valueSet(order.total().doubleValue()),
        SKUS.valueSet(order.items().stream().map(LineItem::sku).distinct().toList()));
  }

  /** Upserts the status as the order moves. */
  static void publishStatus(OrderStatus status) {
    Workflow.upsertTypedSearchAttributes(ORDER_STATUS.valueSet(status.name()));
  }
}
