package dev.ordersaga.order;

import static dev.ordersaga.order.StepKind.BEST_EFFORT;
import static dev.ordersaga.order.StepKind.COMPENSATABLE;
import static dev.ordersaga.order.StepKind.PIVOT;
import static dev.ordersaga.order.StepKind.READ_ONLY;
import static dev.ordersaga.order.StepKind.RETRIABLE;

import dev.ordersaga.order.steps.ActivityTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of steps, in the order they run: each declares its {@link StepKind}, the queue its
 * activities run on, its forward activity types and its undo's. Step policy defaults, the activity
 * type lists and the workflow's stubs derive from it.
 */
public enum Step {
  OPEN_RECORD(
      "open-record",
      COMPENSATABLE,
      TaskQueues.ORDER_RECORDS,
      "1. open the order record",
      List.of(ActivityTypes.OPEN_RECORD),
      "cancel the order record",
      ActivityTypes.CANCEL_RECORD),
  RESERVE_STOCK(
      "reserve-stock",
      COMPENSATABLE,
      TaskQueues.INVENTORY,
      "2. reserve stock",
      List.of(ActivityTypes.RESERVE_STOCK),
      "release the reserved stock",
      ActivityTypes.RELEASE_STOCK),
  REQUEST_PAYMENT(
      "request-payment",
      COMPENSATABLE,
      TaskQueues.PAYMENTS,
      "3. request payment",
      List.of(ActivityTypes.REQUEST_PAYMENT),
      "refund or void the payment",
      ActivityTypes.REFUND_PAYMENT),
  /** The long poll, and the one-off check a provider callback triggers. */
  AWAIT_PAYMENT(
      "await-payment",
      READ_ONLY,
      TaskQueues.PAYMENT_STATUS,
      "4. await the payment result",
      List.of(ActivityTypes.AWAIT_PAYMENT, ActivityTypes.CHECK_PAYMENT),
      null,
      null),
  COMMIT_STOCK(
      "commit-stock",
      COMPENSATABLE,
      TaskQueues.INVENTORY,
      "5. deduct stock",
      List.of(ActivityTypes.COMMIT_STOCK),
      "restock the sold units",
      ActivityTypes.RESTOCK),
  CREATE_SHIPMENT(
      "create-shipment",
      PIVOT,
      TaskQueues.SHIPPING,
      "6. create the shipment",
      List.of(ActivityTypes.CREATE_SHIPMENT, ActivityTypes.FIND_SHIPMENT),
      "cancel the shipment",
      ActivityTypes.CANCEL_SHIPMENT),
  NOTIFY_MERCHANT(
      "notify-merchant",
      BEST_EFFORT,
      TaskQueues.NOTIFICATIONS,
      "7. notify the merchant",
      List.of(ActivityTypes.NOTIFY_MERCHANT),
      null,
      null),
  COMPLETE_RECORD(
      "complete-record",
      RETRIABLE,
      TaskQueues.ORDER_RECORDS,
      "8. complete the order record",
      List.of(ActivityTypes.COMPLETE_RECORD),
      null,
      null);

  private final String key;
  private final StepKind kind;
  private final String taskQueue;
  private final String summary;
  private final List<String> activityTypes;
  private final String undoSummary;
  private final String undoActivityType;

  Step(
      String key,
      StepKind kind,
      String taskQueue,
      String summary,
      List<String> activityTypes,
      String undoSummary,
      String undoActivityType) {
    if (kind.hasUndo() != (undoActivityType != null)) {
      throw new IllegalArgumentException(
          key + ": a " + kind + " step has an undo iff its kind does");
    }
    this.key = key;
    this.kind = kind;
    this.taskQueue = taskQueue;
    this.summary = summary;
    this.activityTypes = activityTypes;
    this.undoSummary = undoSummary;
    this.undoActivityType = undoActivityType;
  }

  public StepKind kind() {
    return kind;
  }

  /** The forward activity types, the step's own first. */
  public List<String> activityTypes() {
    return activityTypes;
  }

  /** The undo's activity type, or null when the kind has no undo. */
  public String undoActivityType() {
    return undoActivityType;
  }

  /** Every undo activity type, in step order. */
  public static List<String> undoActivityTypes() {
    List<String> undos = new ArrayList<>();
    for (Step step : values()) {
      if (step.undoActivityType != null) {
        undos.add(step.undoActivityType);
      }
    }
    return List.copyOf(undos);
  }

  /** Every activity type, forward and undo, in step order. */
  public static List<String> allActivityTypes() {
    List<String> all = new ArrayList<>();
    for (Step step : values()) {
      all.addAll(step.activityTypes);
      if (step.undoActivityType != null) {
        all.add(step.undoActivityType);
      }
    }
    return List.copyOf(all);
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
