package dev.ordersaga.order;

import io.temporal.common.SearchAttributeKey;
import io.temporal.workflow.Workflow;

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

  private OrderSearchAttributes() {}

  /** Sets all three at the start of a run (the starter may already have set them). */
  static void publishStart(OrderRequest order, OrderStatus status) {
    Workflow.upsertTypedSearchAttributes(
        ORDER_STATUS.valueSet(status.name()),
        CUSTOMER_ID.valueSet(order.customerId()),
        ORDER_TOTAL.valueSet(order.total().doubleValue()));
  }

  /** Upserts the status as the order moves. */
  static void publishStatus(OrderStatus status) {
    Workflow.upsertTypedSearchAttributes(ORDER_STATUS.valueSet(status.name()));
  }
}
