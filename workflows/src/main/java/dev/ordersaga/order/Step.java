package dev.ordersaga.order;

import static dev.ordersaga.order.StepKind.AWAIT;
import static dev.ordersaga.order.StepKind.BEST_EFFORT;
import static dev.ordersaga.order.StepKind.COMPENSATABLE;
import static dev.ordersaga.order.StepKind.PIVOT;
import static dev.ordersaga.order.StepKind.READ_ONLY;
import static dev.ordersaga.order.StepKind.RETRIABLE;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.NotificationActivities;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.RiskActivities;
import dev.ordersaga.order.steps.ShippingActivities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of steps, in the order they run, and the only place a step is defined: its kind, the
 * queue its activities run on (a worker pool), the activity interface a worker implements for it,
 * its activity types (its own, the reads it may make, its undo) and how it reads in the Web UI.
 * Task queues, step policies, the worker's registrations, the workflow's stubs and the order of its
 * steps derive from it; the lists that cannot be Java are checked against it by tests.
 */
public enum Step {
  OPEN_RECORD(
      "open-record",
      COMPENSATABLE,
      TaskQueues.ORDER_RECORDS,
      OrderRecordActivities.class,
      "open the order record",
      ActivityTypes.OPEN_RECORD,
      List.of(),
      new StepUndo<>(
          OrderRecordActivities.class,
          OrderRecordActivities::cancel,
          ActivityTypes.CANCEL_RECORD,
          "cancel the order record")),
  RESERVE_STOCK(
      "reserve-stock",
      COMPENSATABLE,
      TaskQueues.INVENTORY,
      InventoryActivities.class,
      "reserve stock",
      ActivityTypes.RESERVE_STOCK,
      List.of(),
      new StepUndo<>(
          InventoryActivities.class,
          InventoryActivities::release,
          ActivityTypes.RELEASE_STOCK,
          "release the reserved stock")),
  /** The risk provider's verdict; a review holds the order for an operator. */
  SCREEN_FRAUD(
      "screen-fraud",
      READ_ONLY,
      TaskQueues.RISK,
      RiskActivities.class,
      "screen for fraud",
      ActivityTypes.ASSESS_RISK,
      List.of(),
      null),
  REQUEST_PAYMENT(
      "request-payment",
      COMPENSATABLE,
      TaskQueues.PAYMENTS,
      PaymentActivities.class,
      "request payment",
      ActivityTypes.REQUEST_PAYMENT,
      List.of(),
      new StepUndo<>(
          PaymentActivities.class,
          PaymentActivities::refund,
          ActivityTypes.REFUND_PAYMENT,
          "refund or void the payment")),
  /** The long poll, and the one-off check a provider callback triggers. */
  AWAIT_PAYMENT(
      "await-payment",
      AWAIT,
      TaskQueues.PAYMENT_STATUS,
      PaymentStatusActivities.class,
      "await the payment result",
      ActivityTypes.AWAIT_PAYMENT,
      List.of(ActivityTypes.CHECK_PAYMENT),
      null),
  COMMIT_STOCK(
      "commit-stock",
      COMPENSATABLE,
      TaskQueues.INVENTORY,
      InventoryActivities.class,
      "deduct stock",
      ActivityTypes.COMMIT_STOCK,
      List.of(),
      new StepUndo<>(
          InventoryActivities.class,
          InventoryActivities::restock,
          ActivityTypes.RESTOCK,
          "restock the sold units")),
  /** The pivot; a run an operator reset looks the shipment up before it accepts a cancel. */
  CREATE_SHIPMENT(
      "create-shipment",
      PIVOT,
      TaskQueues.SHIPPING,
      ShippingActivities.class,
      "create the shipment",
      ActivityTypes.CREATE_SHIPMENT,
      List.of(ActivityTypes.FIND_SHIPMENT),
      new StepUndo<>(
          ShippingActivities.class,
          ShippingActivities::cancel,
          ActivityTypes.CANCEL_SHIPMENT,
          "cancel the shipment")),
  NOTIFY_MERCHANT(
      "notify-merchant",
      BEST_EFFORT,
      TaskQueues.NOTIFICATIONS,
      NotificationActivities.class,
      "notify the merchant",
      ActivityTypes.NOTIFY_MERCHANT,
      List.of(),
      null),
  COMPLETE_RECORD(
      "complete-record",
      RETRIABLE,
      TaskQueues.ORDER_RECORDS,
      OrderRecordActivities.class,
      "complete the order record",
      ActivityTypes.COMPLETE_RECORD,
      List.of(),
      null);

  private final String key;
  private final StepKind kind;
  private final String taskQueue;
  private final Class<?> activities;
  private final String action;
  private final String activityType;
  private final List<String> readTypes;
  private final StepUndo<?> undo;

  Step(
      String key,
      StepKind kind,
      String taskQueue,
      Class<?> activities,
      String action,
      String activityType,
      List<String> readTypes,
      StepUndo<?> undo) {
    if (kind.hasUndo() != (undo != null)) {
      throw new IllegalArgumentException(
          key + ": a " + kind + " step has an undo iff its kind does");
    }
    this.key = key;
    this.kind = kind;
    this.taskQueue = taskQueue;
    this.activities = activities;
    this.action = action;
    this.activityType = activityType;
    this.readTypes = readTypes;
    this.undo = undo;
  }

  public StepKind kind() {
    return kind;
  }

  /** The activity interface a worker on {@link #taskQueue()} implements for this step. */
  public Class<?> activities() {
    return activities;
  }

  /** The step's own activity type, e.g. {@code Inventory.reserve}. */
  public String activityType() {
    return activityType;
  }

  /**
   * The reads the workflow may make besides the step itself (the callback's check, the lookup after
   * a reset): short, and cancelled at once.
   */
  public List<String> readTypes() {
    return readTypes;
  }

  /** The undo's activity type, or null when the kind has no undo. */
  public String undoActivityType() {
    return undo == null ? null : undo.activityType();
  }

  /** The undo, or null when the kind has no undo. */
  StepUndo<?> undo() {
    return undo;
  }

  /** Every activity type, forward, read and undo, in step order. */
  public static List<String> allActivityTypes() {
    List<String> all = new ArrayList<>();
    for (Step step : values()) {
      all.add(step.activityType);
      all.addAll(step.readTypes);
      if (step.undo != null) {
        all.add(step.undo.activityType());
      }
    }
    return List.copyOf(all);
  }

  /**
   * How a log line names the step {@code activityType} belongs to: the step's {@link #key()} for
   * its own type and its reads, the undo's own activity type for an undo ({@code
   * Inventory.release}); empty for a type of no step.
   */
  public static Optional<String> logNameOf(String activityType) {
    for (Step step : values()) {
      if (activityType.equals(step.undoActivityType())) {
        return Optional.of(activityType);
      }
      if (activityType.equals(step.activityType) || step.readTypes.contains(activityType)) {
        return Optional.of(step.key);
      }
    }
    return Optional.empty();
  }

  /** Every undo activity type, in step order. */
  public static List<String> undoActivityTypes() {
    return Arrays.stream(values())
        .filter(step -> step.undo != null)
        .map(Step::undoActivityType)
        .toList();
  }

  /** Every step queue, in step order, each once (the workflow's own queue not among them). */
  public static Set<String> taskQueues() {
    Set<String> queues = new LinkedHashSet<>();
    for (Step step : values()) {
      queues.add(step.taskQueue);
    }
    return queues;
  }

  /** The steps on {@code queue}, in step order. */
  public static List<Step> on(String queue) {
    return Arrays.stream(values()).filter(step -> step.taskQueue.equals(queue)).toList();
  }

  /**
   * How the step reads in the Web UI's timeline, numbered from its place: {@code 2. reserve stock}.
   */
  public String summary() {
    return (ordinal() + 1) + ". " + action;
  }

  /** How the step's undo reads in the Web UI, e.g. {@code undo: release the reserved stock}. */
  public String undoSummary() {
    return undo == null ? null : "undo: " + undo.action();
  }

  /** The step's name in idempotency keys, logs and configuration, e.g. {@code reserve-stock}. */
  public String key() {
    return key;
  }

  /** The step named {@code key}, e.g. {@code screen-fraud}. */
  public static Step byKey(String key) {
    return Arrays.stream(values())
        .filter(step -> step.key.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown step "
                        + key
                        + "; known: "
                        + Arrays.stream(values()).map(Step::key).toList()));
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
