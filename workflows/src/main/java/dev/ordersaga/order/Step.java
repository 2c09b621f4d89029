package dev.ordersaga.order;

/**
 * The steps of an order, in the order they run. Each names the queue its activities (forward and
 * undo) run on and the idempotency keys they send downstream.
 */
public enum Step {
  OPEN_RECORD("open-record", TaskQueues.ORDER_RECORDS),
  RESERVE_STOCK("reserve-stock", TaskQueues.INVENTORY),
  REQUEST_PAYMENT("request-payment", TaskQueues.PAYMENTS),
  AWAIT_PAYMENT("await-payment", TaskQueues.PAYMENT_STATUS),
  COMMIT_STOCK("commit-stock", TaskQueues.INVENTORY),
  CREATE_SHIPMENT("create-shipment", TaskQueues.SHIPPING),
  NOTIFY_MERCHANT("notify-merchant", TaskQueues.NOTIFICATIONS),
  COMPLETE_RECORD("complete-record", TaskQueues.ORDER_RECORDS);

  private final String key;
  private final String taskQueue;

  Step(String key, String taskQueue) {
    this.key = key;
    this.taskQueue = taskQueue;
  }

  /** The step's name in idempotency keys and logs, e.g. {@code reserve-stock}. */
  public String key() {
    return key;
  }

  public String taskQueue() {
    return taskQueue;
  }

  /** {@code {orderId}:{step}}: the same on every retry, reset and replay of the step. */
  public String idempotencyKey(String orderId) {
    return orderId + ":" + key;
  }

  /** {@code {orderId}:{step}:undo}: the key of the step's compensation. */
  public String undoKey(String orderId) {
    return idempotencyKey(orderId) + ":undo";
  }
}
