package dev.ordersaga.order;

import java.util.ArrayList;
import java.util.List;

/**
 * The task queue names: one for the workflow, one per step pool. {@link #ALL} derives from the step
 * registry ({@link Step}), so a queue no step uses is not polled.
 */
public final class TaskQueues {
  public static final String ORDERS = "orders";
  public static final String ORDER_RECORDS = "order-records";
  public static final String INVENTORY = "inventory";
  public static final String RISK = "risk";
  public static final String PAYMENTS = "payments";
  public static final String PAYMENT_STATUS = "payment-status";
  public static final String SHIPPING = "shipping";
  public static final String NOTIFICATIONS = "notifications";

  /** Every queue: the workflow's first, then each step's in step order. */
  public static final List<String> ALL = all();

  private TaskQueues() {}

  private static List<String> all() {
    List<String> all = new ArrayList<>();
    all.add(ORDERS);
    all.addAll(Step.taskQueues());
    return List.copyOf(all);
  }
}
