package dev.ordersaga.order;

import static dev.ordersaga.order.Step.AWAIT_PAYMENT;
import static dev.ordersaga.order.Step.COMMIT_STOCK;
import static dev.ordersaga.order.Step.COMPLETE_RECORD;
import static dev.ordersaga.order.Step.CREATE_SHIPMENT;
import static dev.ordersaga.order.Step.NOTIFY_MERCHANT;
import static dev.ordersaga.order.Step.OPEN_RECORD;
import static dev.ordersaga.order.Step.REQUEST_PAYMENT;
import static dev.ordersaga.order.Step.RESERVE_STOCK;

import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.NotificationActivities;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentRequested;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.ShipmentCreated;
import dev.ordersaga.order.steps.ShippingActivities;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.order.steps.StockLine;
import io.temporal.common.VersioningBehavior;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import io.temporal.workflow.WorkflowVersioningBehavior;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The order saga: the steps of {@link Step}, top to bottom. Steps up to the shipment (the pivot)
 * run in a cancellable scope and are undone newest first when one fails for good; the steps after
 * it run detached and are never undone (see {@link StepKind}).
 */
public final class OrderWorkflowImpl implements OrderWorkflow {
  private static final Logger log = Workflow.getLogger(OrderWorkflowImpl.class);

  /**
   * The change id of the order's rules, one marker per order whatever the version. Version 1
   * ({@link #AFTER_PIVOT_RULES}): steps after the pivot are never undone (a retriable one parks the
   * order in NEEDS_ATTENTION), and callback-triggered payment checks are bounded. Histories without
   * the marker replay the old rules: any failure after the shipment undoes the order. Version 2
   * ({@link #LEAN_RULES}): the start upsert is skipped when the starter already set every order
   * search attribute to its value, and a callback delivered before, or in the workflow task of, the
   * poll's scheduling triggers no check (the poll reads at once when it starts). Version 3 ({@link
   * #PUBLISHED_MILESTONES}): the {@code OrderStatus} search attribute is upserted only when the
   * status it shows changes ({@link OrderStatus#published()}): three upserts on the happy path
   * instead of five.
   */
  static final String STEP_KINDS_CHANGE = "step-kinds";

  /**
   * The change id of the pivot lookup: a cancel that reaches a run an operator reset asks the
   * carrier whether an earlier run created the shipment, and is refused if it did. Reset runs that
   * took a cancel before this change replay without the lookup.
   */
  static final String RESET_PIVOT_CHANGE = "reset-pivot-lookup";

  /**
   * The change id of undoing for earlier runs: a run an operator reset that is undone undoes every
   * compensatable step before the pivot ({@link #UNDONE_FOR_EARLIER_RUNS}), not only those it ran
   * itself, since an earlier run may have done them (a cancel re-applied at the reset point comes
   * before any step). Each undo is safe when its step never happened.
   */
  static final String RESET_UNDO_CHANGE = "reset-undo-earlier-runs";

  /**
   * The steps a reset run undoes on behalf of its earlier runs, in flow order: the compensatable
   * ones (the pivot is never undone for another run).
   */
  static final List<Step> UNDONE_FOR_EARLIER_RUNS =
      Arrays.stream(Step.values()).filter(step -> step.kind() == StepKind.COMPENSATABLE).toList();

  static final int AFTER_PIVOT_RULES = 1;
  static final int LEAN_RULES = 2;
  static final int PUBLISHED_MILESTONES = 3;

  private final OrderRecordActivities openRecord =
      ActivityStubs.forward(OrderRecordActivities.class, OPEN_RECORD);
  private final InventoryActivities reserveStock =
      ActivityStubs.forward(InventoryActivities.class, RESERVE_STOCK);
  private final PaymentActivities requestPayment =
      ActivityStubs.forward(PaymentActivities.class, REQUEST_PAYMENT);
  private final InventoryActivities commitStock =
      ActivityStubs.forward(InventoryActivities.class, COMMIT_STOCK);
  private final ShippingActivities createShipment =
      ActivityStubs.forward(ShippingActivities.class, CREATE_SHIPMENT);
  private final NotificationActivities notifyMerchant =
      ActivityStubs.forward(NotificationActivities.class, NOTIFY_MERCHANT);
  private final OrderRecordActivities completeRecord =
      ActivityStubs.forward(OrderRecordActivities.class, COMPLETE_RECORD);
  private final PaymentWait paymentWait =
      new PaymentWait(
          ActivityStubs.forward(PaymentStatusActivities.class, AWAIT_PAYMENT),
          () -> ActivityStubs.check(PaymentStatusActivities.class, AWAIT_PAYMENT));

  private final String orderId;
  private final SagaLedger ledger;
  private final Compensations compensations;
  private CancellationScope forwardSteps;
  private String cancelReason;
  private String undoReason;
  private boolean nothingUndoneAfterPivot;
  private String shipmentId;
  private boolean resumeRequested;
  private boolean milestonesOnly;
  private OrderStatus shownStatus;
  private String shippedInAnEarlierRun;
  private ReviewDecision reviewDecision;

  @WorkflowInit
  public OrderWorkflowImpl(OrderRequest order) {
    this.orderId = order.orderId();
    this.ledger = new SagaLedger(order);
    this.compensations = new Compensations(orderId, ledger, this::setStatus);
  }

  @Override
  @WorkflowVersioningBehavior(VersioningBehavior.PINNED)
  public OrderLedger place(OrderRequest order) {
    int rules =
        Workflow.getVersion(STEP_KINDS_CHANGE, Workflow.DEFAULT_VERSION, PUBLISHED_MILESTONES);
    nothingUndoneAfterPivot = rules >= AFTER_PIVOT_RULES;
    if (nothingUndoneAfterPivot) {
      paymentWait.limitChecks();
    }
    milestonesOnly = rules >= PUBLISHED_MILESTONES;
    if (rules >= LEAN_RULES) {
      paymentWait.leaveEarlyCallbacksToThePoll();
      OrderSearchAttributes.publishStartUnlessSet(order, ledger.status());
    } else {
      OrderSearchAttributes.publishStart(order, ledger.status());
    }
    shownStatus = ledger.status();
    forwardSteps = Workflow.newCancellationScope(() -> runForward(order));
    try {
      if (cancelReason == null) {
        forwardSteps.run();
        if (nothingUndoneAfterPivot) {
          Workflow.newDetachedCancellationScope(() -> runAfterPivot(order)).run();
        }
        setStatus(OrderStatus.COMPLETED, null);
      }
    } catch (TemporalFailure failure) {
      log.warn("order {} stopped: {}", orderId, Failures.describe(failure));
      undoReason = Failures.describe(failure);
    }
    if (ledger.status() != OrderStatus.COMPLETED) {
      undoEverything();
    }
    ledger.skipUnstarted();
    return ledger.snapshot();
  }

  private void runForward(OrderRequest order) {
    run(
        OPEN_RECORD,
        undoOf(OPEN_RECORD),
        () -> openRecord.open(OpenRecordCommand.of(order, OPEN_RECORD.idempotencyKey(orderId))));
    run(
        RESERVE_STOCK,
        undoOf(RESERVE_STOCK),
        () ->
            reserveStock.reserve(
                new ReserveStockCommand(orderId, key(RESERVE_STOCK), lines(order))));
    setStatus(OrderStatus.INVENTORY_RESERVED, null);
    PaymentRequested payment =
        call(
            REQUEST_PAYMENT,
            undoOf(REQUEST_PAYMENT),
            () ->
                requestPayment.request(
                    new PaymentCommand(
                        orderId,
                        key(REQUEST_PAYMENT),
                        order.total(),
                        order.currency(),
                        order.payment().token())));
    ledger.paymentId(payment.paymentId());
    setStatus(OrderStatus.AWAITING_PAYMENT, null);
    awaitPayment(payment.paymentId());
    setStatus(OrderStatus.PAID, null);
    run(
        COMMIT_STOCK,
        undoOf(COMMIT_STOCK),
        () -> commitStock.commit(new StepCommand(orderId, key(COMMIT_STOCK))));
    ShipmentCreated shipment =
        call(
            CREATE_SHIPMENT,
            () ->
                undo(ShippingActivities.class, CREATE_SHIPMENT)
                    .cancel(undoCommand(CREATE_SHIPMENT)),
            () ->
                createShipment.create(
                    new ShipmentCommand(
                        orderId, key(CREATE_SHIPMENT), order.shippingAddress(), lines(order))));
    shipmentId = shipment.shipmentId();
    ledger.shipmentId(shipmentId);
    setStatus(OrderStatus.SHIPPED, null);
    if (!nothingUndoneAfterPivot) {
      runAfterPivot(order);
    }
  }

  /** Steps 7-8. Under the old rules they run inside the forward scope, so a failure undoes all. */
  private void runAfterPivot(OrderRequest order) {
    notifyMerchantBestEffort(order, shipmentId);
    untilDone(
        COMPLETE_RECORD,
        () -> completeRecord.complete(new StepCommand(orderId, key(COMPLETE_RECORD))));
  }

  /**
   * Runs a retriable step until it succeeds: when its policy gives up, the order parks in
   * NEEDS_ATTENTION until an operator resumes it, then the step runs again. Under the old rules the
   * failure is thrown instead.
   */
  private void untilDone(Step step, Runnable action) {
    while (true) {
      try {
        run(step, null, action);
        return;
      } catch (ActivityFailure failure) {
        if (!nothingUndoneAfterPivot) {
          throw failure;
        }
        parkUntilResumed(step, Failures.describe(failure));
      }
    }
  }

  private void parkUntilResumed(Step step, String failure) {
    setStatus(OrderStatus.NEEDS_ATTENTION, step.key() + " failed: " + failure);
    Workflow.getMetricsScope().counter("order_needs_attention").inc(1);
    log.error("order {}: {} failed, waiting for an operator: {}", orderId, step, failure);
    resumeRequested = false;
    Workflow.await(() -> resumeRequested);
    log.info("order {}: operator resumes {}", orderId, step);
    setStatus(OrderStatus.SHIPPED, null);
  }

  private void awaitPayment(String paymentId) {
    PaymentSnapshot result =
        call(
            AWAIT_PAYMENT,
            null,
            () -> paymentWait.untilSettled(new PaymentQuery(orderId, paymentId)));
    if (result.state() == PaymentState.DECLINED) {
      ApplicationFailure declined =
          ApplicationFailure.newNonRetryableFailure(
              "payment " + paymentId + " declined: " + result.reason(),
              OrderFailureTypes.PAYMENT_DECLINED);
      ledger.failed(AWAIT_PAYMENT, Failures.describe(declined));
      throw declined;
    }
  }

  /** Best effort: a failure is recorded on the step and the order goes on. */
  private void notifyMerchantBestEffort(OrderRequest order, String shipmentId) {
    MerchantNotice notice =
        new MerchantNotice(
            orderId,
            key(NOTIFY_MERCHANT),
            order.customerId(),
            order.total(),
            order.currency(),
            shipmentId);
    try {
      run(NOTIFY_MERCHANT, null, () -> notifyMerchant.notifyMerchant(notice));
      ledger.merchantNotified();
    } catch (ActivityFailure failure) {
      log.warn("order {}: merchant not notified: {}", orderId, Failures.describe(failure));
    }
  }

  /**
   * The undo of a compensatable step before the pivot. The shipment's own undo is registered only
   * around its call (it cancels a shipment whose creation failed), never on behalf of another run.
   */
  private Runnable undoOf(Step step) {
    return switch (step) {
      case OPEN_RECORD -> () -> undo(OrderRecordActivities.class, step).cancel(undoCommand(step));
      case RESERVE_STOCK -> () -> undo(InventoryActivities.class, step).release(undoCommand(step));
      case REQUEST_PAYMENT -> () -> undo(PaymentActivities.class, step).refund(undoCommand(step));
      case COMMIT_STOCK -> () -> undo(InventoryActivities.class, step).restock(undoCommand(step));
      default -> throw new IllegalArgumentException(step + " has no undo before the pivot");
    };
  }

  private void undoEverything() {
    OrderStatus outcome = cancelReason != null ? OrderStatus.CANCELLED : OrderStatus.FAILED;
    String reason = cancelReason != null ? cancelReason : undoReason;
    if (isResetRun()
        && Workflow.getVersion(RESET_UNDO_CHANGE, Workflow.DEFAULT_VERSION, 1)
            != Workflow.DEFAULT_VERSION) {
      compensations.coverSteps(UNDONE_FOR_EARLIER_RUNS, this::undoOf);
    }
    setStatus(OrderStatus.COMPENSATING, reason);
    compensations.runAll(reason);
    setStatus(outcome, reason);
  }

  private void run(Step step, Runnable undo, Runnable action) {
    call(
        step,
        undo,
        () -> {
          action.run();
          return null;
        });
  }

  private <T> T call(Step step, Runnable undo, Supplier<T> action) {
    if (CancellationScope.current().isCancelRequested()) {
      throw new CanceledFailure(step.key() + " not started: the order is being cancelled");
    }
    if (undo != null) {
      compensations.register(step, undo);
    }
    ledger.started(step);
    try {
      T result = action.get();
      ledger.done(step);
      return result;
    } catch (TemporalFailure failure) {
      ledger.failed(step, Failures.describe(failure));
      throw failure;
    }
  }

  private void setStatus(OrderStatus status, String reason) {
    ledger.status(status, reason);
    if (milestonesOnly) {
      shownStatus = OrderSearchAttributes.publishMilestone(status, shownStatus);
    } else {
      OrderSearchAttributes.publishStatus(status);
    }
    log.info("order {} is {}", orderId, status);
  }

  /** The undo stub of {@code step}, built only when an order is undone. */
  private static <T> T undo(Class<T> activities, Step step) {
    return ActivityStubs.undo(activities, step);
  }

  private String key(Step step) {
    return step.idempotencyKey(orderId);
  }

  private StepCommand undoCommand(Step step) {
    return new StepCommand(orderId, step.undoKey(orderId));
  }

  private static List<StockLine> lines(OrderRequest order) {
    return order.items().stream().map(item -> new StockLine(item.sku(), item.quantity())).toList();
  }

  @Override
  public OrderLedger status() {
    return ledger.snapshot();
  }

  @Override
  public void validateCancel(CancelRequest request) {
    if (shippedInAnEarlierRun != null) {
      throw new UpdateRefusedException(alreadyShipped());
    }
    UpdateRules.checkCancel(orderId, ledger, cancelReason != null);
  }

  @Override
  public OrderLedger cancel(CancelRequest request) {
    if (cancelReason == null && pivotPassedInAnEarlierRun()) {
      throw refused(alreadyShipped());
    }
    if (cancelReason == null) {
      try {
        UpdateRules.checkCancel(orderId, ledger, false);
      } catch (UpdateRefusedException lateRefusal) {
        throw refused(lateRefusal.getMessage());
      }
      cancelReason = "cancelled: " + request.reason();
      log.info("order {}: cancel accepted ({})", orderId, request.reason());
      if (forwardSteps != null) {
        forwardSteps.cancel(cancelReason);
      }
    }
    return ledger.snapshot();
  }

  /**
   * Whether this run, one an operator reset (its run id is not the first run's), finds at the
   * carrier a shipment that an earlier run created, which its own ledger cannot show. A run that
   * was never reset, or that created or looked up the shipment itself, asks nobody.
   */
  private boolean pivotPassedInAnEarlierRun() {
    if (shipmentId != null || shippedInAnEarlierRun != null) {
      return shippedInAnEarlierRun != null;
    }
    if (!isResetRun()
        || Workflow.getVersion(RESET_PIVOT_CHANGE, Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      return false;
    }
    ShipmentCreated earlier =
        ActivityStubs.lookup(ShippingActivities.class, CREATE_SHIPMENT)
            .find(new StepCommand(orderId, key(CREATE_SHIPMENT)));
    if (earlier != null) {
      shippedInAnEarlierRun = earlier.shipmentId();
      log.info(
          "order {}: shipped by an earlier run ({}); cancel refused",
          orderId,
          shippedInAnEarlierRun);
    }
    return shippedInAnEarlierRun != null;
  }

  /** An Update refused by its handler, as the caller sees a validator's refusal. */
  private static ApplicationFailure refused(String why) {
    return ApplicationFailure.newNonRetryableFailure(why, OrderFailureTypes.UPDATE_REFUSED);
  }

  /** Whether an operator reset this order: its run is not the first one. */
  private static boolean isResetRun() {
    return !Workflow.getInfo().getRunId().equals(Workflow.getInfo().getFirstExecutionRunId());
  }

  private String alreadyShipped() {
    return "order "
        + orderId
        + " can no longer be cancelled: it was already shipped (shipment "
        + shippedInAnEarlierRun
        + ", created before an operator reset it)";
  }

  @Override
  public void validateRetryCompensation() {
    UpdateRules.checkParkedIn(orderId, ledger, OrderStatus.COMPENSATION_FAILED);
  }

  @Override
  public OrderLedger retryCompensation() {
    compensations.retryRequested();
    return ledger.snapshot();
  }

  @Override
  public void validateResume() {
    UpdateRules.checkParkedIn(orderId, ledger, OrderStatus.NEEDS_ATTENTION);
  }

  @Override
  public OrderLedger resume() {
    resumeRequested = true;
    return ledger.snapshot();
  }

  @Override
  public void validateReview(ReviewDecision decision) {
    UpdateRules.checkParkedIn(orderId, ledger, OrderStatus.IN_REVIEW);
  }

  @Override
  public OrderLedger review(ReviewDecision decision) {
    reviewDecision = decision;
    return ledger.snapshot();
  }

  @Override
  public void retryParked() {
    switch (ledger.status()) {
      case NEEDS_ATTENTION -> resumeRequested = true;
      case COMPENSATION_FAILED -> compensations.retryRequested();
      default ->
          log.info("order {}: retryParked ignored, the order is {}", orderId, ledger.status());
    }
  }

  @Override
  public void paymentNotified(PaymentNotice notice) {
    log.info("order {}: payment callback {}", orderId, notice.eventId());
    paymentWait.notified();
  }
}
