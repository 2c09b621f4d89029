package dev.ordersaga.order;

import static dev.ordersaga.order.Step.AWAIT_PAYMENT;
import static dev.ordersaga.order.Step.COMMIT_STOCK;
import static dev.ordersaga.order.Step.CREATE_SHIPMENT;
import static dev.ordersaga.order.Step.OPEN_RECORD;
import static dev.ordersaga.order.Step.REQUEST_PAYMENT;
import static dev.ordersaga.order.Step.RESERVE_STOCK;

import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.ShippingActivities;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.order.steps.StockLine;
import io.temporal.common.VersioningBehavior;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import io.temporal.workflow.WorkflowVersioningBehavior;
import java.util.List;
import org.slf4j.Logger;

/**
 * The order saga: the steps of the registry ({@link Step}), in its order. Steps up to the shipment
 * (the pivot) run in a cancellable scope and are undone newest first when one fails for good or the
 * customer cancels; the steps after it run detached and are never undone ({@link AfterPivot}). An
 * order is pinned to the deployment version it started on: new rules reach new orders through a
 * rollout (see the runbook), never through a branch in this code.
 */
public final class OrderWorkflowImpl implements OrderWorkflow {
  private static final Logger log = Workflow.getLogger(OrderWorkflowImpl.class);

  private final OrderRecordActivities records =
      ActivityStubs.forward(OrderRecordActivities.class, OPEN_RECORD);
  private final InventoryActivities reserveStock =
      ActivityStubs.forward(InventoryActivities.class, RESERVE_STOCK);
  private final PaymentActivities payments =
      ActivityStubs.forward(PaymentActivities.class, REQUEST_PAYMENT);
  private final InventoryActivities commitStock =
      ActivityStubs.forward(InventoryActivities.class, COMMIT_STOCK);
  private final ShippingActivities shipping =
      ActivityStubs.forward(ShippingActivities.class, CREATE_SHIPMENT);
  private final PaymentWait paymentWait =
      new PaymentWait(
          ActivityStubs.forward(PaymentStatusActivities.class, AWAIT_PAYMENT),
          () -> ActivityStubs.check(PaymentStatusActivities.class, AWAIT_PAYMENT));

  private final String orderId;
  private final SagaLedger ledger;
  private final OrderProgress progress;
  private final Compensations compensations;
  private final StepCalls steps;
  private final FraudScreen fraudScreen;
  private final AfterPivot afterPivot;
  private final EarlierRuns earlierRuns;
  private CancellationScope forwardSteps;
  private String cancelReason;
  private String undoReason;
  private String paymentId;
  private String shipmentId;

  @WorkflowInit
  public OrderWorkflowImpl(OrderRequest order) {
    this.orderId = order.orderId();
    this.ledger = new SagaLedger(order);
    this.progress = new OrderProgress(orderId, ledger);
    this.compensations = new Compensations(orderId, ledger, progress::set);
    this.steps = new StepCalls(ledger, compensations);
    OrderRun run = new OrderRun(orderId, ledger, steps, progress);
    this.fraudScreen = new FraudScreen(run);
    this.afterPivot = new AfterPivot(run);
    this.earlierRuns = new EarlierRuns(orderId);
  }

  @Override
  @WorkflowVersioningBehavior(VersioningBehavior.PINNED)
  public OrderLedger place(OrderRequest order) {
    OrderFlow flow = OrderFlow.record();
    OrderSearchAttributes.publishStartUnlessSet(order, ledger.status());
    forwardSteps = Workflow.newCancellationScope(() -> runUpToPivot(flow, order));
    try {
      if (cancelReason == null) {
        forwardSteps.run();
        Workflow.newDetachedCancellationScope(() -> afterPivot.runAll(flow, order, shipmentId))
            .run();
        progress.set(OrderStatus.COMPLETED, null);
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

  private void runUpToPivot(OrderFlow flow, OrderRequest order) {
    for (Step step : Step.values()) {
      if (!step.kind().afterPivot() && flow.runs(step)) {
        runForward(step, order);
      }
    }
  }

  private void runForward(Step step, OrderRequest order) {
    switch (step) {
      case OPEN_RECORD ->
          steps.run(step, () -> records.open(OpenRecordCommand.of(order, key(step))));
      case RESERVE_STOCK -> {
        steps.run(
            step,
            () -> reserveStock.reserve(new ReserveStockCommand(orderId, key(step), lines(order))));
        progress.set(OrderStatus.INVENTORY_RESERVED, null);
      }
      case SCREEN_FRAUD -> fraudScreen.screen(order);
      case REQUEST_PAYMENT -> {
        PaymentCommand charge =
            new PaymentCommand(
                orderId, key(step), order.total(), order.currency(), order.payment().token());
        paymentId = steps.call(step, () -> payments.request(charge)).paymentId();
        ledger.paymentId(paymentId);
        progress.set(OrderStatus.AWAITING_PAYMENT, null);
      }
      case AWAIT_PAYMENT -> {
        paymentWait.untilPaid(new PaymentQuery(orderId, paymentId), steps, ledger);
        progress.set(OrderStatus.PAID, null);
      }
      case COMMIT_STOCK ->
          steps.run(step, () -> commitStock.commit(new StepCommand(orderId, key(step))));
      case CREATE_SHIPMENT -> {
        ShipmentCommand shipment =
            new ShipmentCommand(orderId, key(step), order.shippingAddress(), lines(order));
        shipmentId = steps.call(step, () -> shipping.create(shipment)).shipmentId();
        ledger.shipmentId(shipmentId);
        progress.set(OrderStatus.SHIPPED, null);
      }
      default -> throw new IllegalStateException(step + " runs after the pivot");
    }
  }

  private void undoEverything() {
    OrderStatus outcome = cancelReason != null ? OrderStatus.CANCELLED : OrderStatus.FAILED;
    String reason = cancelReason != null ? cancelReason : undoReason;
    EarlierRuns.coverTheirUndos(compensations);
    progress.set(OrderStatus.COMPENSATING, reason);
    compensations.runAll(reason);
    progress.set(outcome, reason);
  }

  private String key(Step step) {
    return step.idempotencyKey(orderId);
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
    if (earlierRuns.shippedKnown()) {
      throw new UpdateRefusedException(earlierRuns.alreadyShipped());
    }
    UpdateRules.checkCancel(orderId, ledger, cancelReason != null);
  }

  @Override
  public OrderLedger cancel(CancelRequest request) {
    if (cancelReason == null && earlierRuns.shipment(shipmentId != null) != null) {
      throw UpdateRules.refused(earlierRuns.alreadyShipped());
    }
    if (cancelReason == null) {
      try {
        UpdateRules.checkCancel(orderId, ledger, false);
      } catch (UpdateRefusedException lateRefusal) {
        throw UpdateRules.refused(lateRefusal.getMessage());
      }
      cancelReason = "cancelled: " + request.reason();
      log.info("order {}: cancel accepted ({})", orderId, request.reason());
      if (forwardSteps != null) {
        forwardSteps.cancel(cancelReason);
      }
    }
    return ledger.snapshot();
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
    afterPivot.resume();
    return ledger.snapshot();
  }

  @Override
  public void validateReview(ReviewDecision decision) {
    UpdateRules.checkParkedIn(orderId, ledger, OrderStatus.IN_REVIEW);
  }

  @Override
  public OrderLedger review(ReviewDecision decision) {
    fraudScreen.decide(decision);
    return ledger.snapshot();
  }

  @Override
  public void retryParked() {
    switch (ledger.status()) {
      case NEEDS_ATTENTION -> afterPivot.resume();
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
