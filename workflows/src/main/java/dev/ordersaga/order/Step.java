package dev.ordersaga.order;

/**
 * The steps of an order, in the order they run. Each names the queue its activities (forward and
 * undo) run on and the idempotency keys they send downstream.
 */
public enum Step {
  OPEN_RECORD(
      "open-record",
      TaskQueues.ORDER_RECORDS,
      "1. open the order record",
      "cancel the order record"),
  RESERVE_STOCK(
      "reserve-stock", TaskQueues.INVENTORY, "2. reserve stock", "release the reserved stock"),
  REQUEST_PAYMENT(
      "request-payment", TaskQueues.PAYMENTS, "3. request payment", "refund or void the payment"),
  AWAIT_PAYMENT("await-payment", TaskQueues.PAYMENT_STATUS, "4. await the payment result", null),
  COMMIT_STOCK("commit-stock", TaskQueues.INVENTORY, "5. deduct stock", "restock the sold units"),
  CREATE_SHIPMENT(
      "create-shipment", TaskQueues.SHIPPING, "6. create the shipment", "cancel the shipment"),
  NOTIFY_MERCHANT("notify-merchant", TaskQueues.NOTIFICATIONS, "7. notify the merchant", null),
  COMPLETE_RECORD(
      "complete-record", TaskQueues.ORDER_RECORDS, "8. complete the order record", null);

  private final String key;
  private final String taskQueue;
  private final String summary;
  private final String undoSummary;

  Step(String key, String taskQueue, String summary, String undoSummary) {
    this.key = key;
    this.taskQueue = taskQueue;
    this.summary = summary;
    this.undoSummary = undoSummary;
  }

  /** How the step reads in the Web UI's timeline, e.g. {@code 2. reserve stock}. */
  public String summary() {
    return summary;
  }

  /** How the step's undo reads in the Web UI, e.g. {@code undo: release the reserved stock}. */
  public String undoSummary() {
    return undoSummary == null ? null : "undo: " + undoSummary;
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
