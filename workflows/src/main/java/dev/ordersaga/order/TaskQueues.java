package dev.ordersaga.order;

import java.util.List;

/** The task queue names: one for the workflow, one per downstream step, each a worker pool. */
public final class TaskQueues {
  public static final String ORDERS = "orders";
  public static final String ORDER_RECORDS = "order-records";
  public static final String INVENTORY = "inventory";
  public static final String RISK = "risk";
  public static final String PAYMENTS = "payments";
  public static final String PAYMENT_STATUS = "payment-status";
  public static final String SHIPPING = "shipping";
  public static final String NOTIFICATIONS = "notifications";

  /** Every queue, the workflow's first. */
  public static final List<String> ALL =
      List.of(ORDERS, ORDER_RECORDS, INVENTORY, PAYMENTS, PAYMENT_STATUS, SHIPPING, NOTIFICATIONS);

  private TaskQueues() {}
}
