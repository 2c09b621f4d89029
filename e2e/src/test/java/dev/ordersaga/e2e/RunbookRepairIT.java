package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.Await;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runbook sections 4-6, each block run as written against the real Temporal server (dev server or
 * cluster, {@link Engines}): resets that cause no second effect downstream, batch cancels by query,
 * and the repair of parked orders (one by one, and all at once by a signal by query).
 */
class RunbookRepairIT {
  private static final Duration SOON = Duration.ofSeconds(30);
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack = Stack.forRunbook("runbook-repair");
  }

  @AfterEach
  void providersBack() {
    stack.sandbox.clearFaults();
  }

  @Test
  void resetToTheFirstWorkflowTaskRedoesEveryStepWithoutASecondEffect() {
    assertResetCompletesAgainWithEachEffectOnce("reset-first");
  }

  @Test
  void resetToJustAfterStockWasReservedRedoesPaymentOnWithoutASecondCharge() {
    assertResetCompletesAgainWithEachEffectOnce("reset-after-reserve");
  }

  @Test
  void ordersOfARecalledSkuAwaitingPaymentAreCancelledTheBusinessWayAndNoOtherOrder() {
    String recalled = Orders.sku("RECALL");
    stack.sandbox.stock(recalled, 100);
    List<OrderRequest> orders = awaitingPayment(Orders.customer("recall"), recalled, 2);
    OrderRequest unaffected = awaitingPayment(Orders.customer("recall"), "SKU-1", 1).get(0);

    stack.runbook().run("cancel-batch", Map.of("SKU", recalled));

    assertThat(stack.server.orderStatusAttribute(unaffected.orderId()))
        .isEqualTo("AWAITING_PAYMENT");
    for (OrderRequest order : orders) {
      OrderLedger ledger = stack.result(order.orderId(), SOON);
      assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(ledger.statusReason()).contains("SKU recalled");
      assertThat(stack.books().effects(order.orderId(), "stock.release")).isEqualTo(1);
      assertThat(stack.books().paymentStatus(order.orderId())).isEqualTo("VOIDED");
    }
  }

  @Test
  void temporalCancellationByQueryUndoesTheOrdersButEndsThemCanceledAndFailed() {
    String customer = Orders.customer("tcancel");
    List<OrderRequest> orders = awaitingPayment(customer, 2);

    stack.runbook().run("cancel-temporal-batch", Map.of("CUSTOMER_ID", customer));

    for (OrderRequest order : orders) {
      Await.until(
          order.orderId() + " to close as Canceled",
          SOON,
          () ->
              stack.server.executionStatus(order.orderId())
                  == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
      assertThat(stack.server.orderStatusAttribute(order.orderId())).isEqualTo("FAILED");
      assertThat(stack.books().effects(order.orderId(), "stock.release")).isEqualTo(1);
      assertThat(stack.books().paymentStatus(order.orderId())).isEqualTo("VOIDED");
    }
    assertThat(stack.runbook().run("batch-list", Map.of())).contains("Completed");
  }

  @Test
  void parkedOrderIsRepairedByRetryingItsUndoOnceTheCauseIsFixed() {
    OrderRequest order = awaitingPayment(Orders.customer("parked"), 1).get(0);
    Parking.inCompensationFailed(stack, order, SOON);

    assertListedThenRepaired(
        order, "retry-compensation", "COMPENSATION_FAILED", "undo of reserve-stock failed");
    assertCancelledWithStockReleasedAndRecordCancelled(order);
  }

  @Test
  void orderParkedAfterItsShipmentIsResumedOnceTheCauseIsFixedWithNothingUndone() {
    OrderRequest order = awaitingPayment(Orders.customer("attention"), 1).get(0);
    Parking.afterShipment(stack, order, SOON);

    assertListedThenRepaired(order, "resume", "NEEDS_ATTENTION", "complete-record failed");
    assertCompletedWithEachEffectOnceAndNothingUndone(order);
  }

  @Test
  void oneSignalByQueryRetriesEveryParkedOrderWhicheverWayItIsParked() {
    List<OrderRequest> orders = awaitingPayment(Orders.customer("batch-retry"), 2);
    OrderRequest shipped = orders.get(0);
    OrderRequest cancelled = orders.get(1);
    Parking.afterShipment(stack, shipped, SOON);
    Parking.inCompensationFailed(stack, cancelled, SOON);
    stack.sandbox.clearFaults();

    stack.runbook().run("retry-parked", Map.of());

    assertCompletedWithEachEffectOnceAndNothingUndone(shipped);
    assertCancelledWithStockReleasedAndRecordCancelled(cancelled);
    assertThat(stack.books().paymentStatus(cancelled.orderId())).isEqualTo("VOIDED");
  }

  /** The customer id prefix the sandbox's risk provider answers {@code review} for. */
  private static final String UNDER_REVIEW = "risk-review-";

  @Test
  void ordersTheFraudCheckHoldsAreListedThenApprovedOrDeclinedByAnOperator() {
    OrderRequest approved = Orders.forCustomer(UNDER_REVIEW + Orders.customer("ok"), "tok_ok");
    OrderRequest declined = Orders.forCustomer(UNDER_REVIEW + Orders.customer("no"), "tok_ok");
    for (OrderRequest order : List.of(approved, declined)) {
      stack.start(order);
      stack.server.awaitStatusAttribute(order.orderId(), "IN_REVIEW", SOON);
    }

    String held = stack.runbook().run("in-review", Map.of());
    stack.runbook().runForOrder("review-approve", approved.orderId());
    stack.runbook().runForOrder("review-decline", declined.orderId());

    assertThat(held)
        .contains(OrderIds.workflowId(approved.orderId()), OrderIds.workflowId(declined.orderId()));
    assertCompletedWithEachEffectOnceAndNothingUndone(approved);
    OrderLedger refused = stack.result(declined.orderId(), SOON);
    assertThat(refused.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(refused.statusReason()).contains("FraudDeclined", "card reported stolen");
    stack.books().assertNone(declined.orderId(), List.of("payment.charge", "shipment.create"));
    stack.books().assertEachOnce(declined.orderId(), List.of("stock.release", "record.cancel"));
  }

  /**
   * Runs the runbook's {@code parked} block for the parked order, clears the fault that parked it,
   * runs {@code repairBlock} for it, then asserts that the {@code parked} block listed the order
   * with its {@code status} and {@code cause}.
   */
  private static void assertListedThenRepaired(
      OrderRequest order, String repairBlock, String status, String cause) {
    String parked = stack.runbook().runForOrder("parked", order.orderId());
    stack.sandbox.clearFaults();
    stack.runbook().runForOrder(repairBlock, order.orderId());
    assertThat(parked).contains(OrderIds.workflowId(order.orderId()), status, cause);
  }

  private static void assertCompletedWithEachEffectOnceAndNothingUndone(OrderRequest order) {
    assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    stack.books().assertEachOnce(order.orderId(), Downstream.FORWARD_EFFECTS);
    stack.books().assertNone(order.orderId(), Downstream.UNDO_EFFECTS);
  }

  private static void assertCancelledWithStockReleasedAndRecordCancelled(OrderRequest order) {
    assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.CANCELLED);
    stack.books().assertEachOnce(order.orderId(), List.of("stock.release", "record.cancel"));
  }

  private static OrderRequest completedOrder() {
    OrderRequest order = Orders.forCustomer(Orders.customer("reset"), "tok_ok");
    assertThat(stack.runToEnd(order, SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    stack.books().assertEachOnce(order.orderId(), Downstream.FORWARD_EFFECTS);
    return order;
  }

  private static List<OrderRequest> awaitingPayment(String customer, int count) {
    return awaitingPayment(customer, "SKU-1", count);
  }

  private static List<OrderRequest> awaitingPayment(String customer, String sku, int count) {
    List<OrderRequest> orders = stack.startAll(count, () -> Orders.of(customer, sku, "tok_never"));
    for (OrderRequest order : orders) {
      stack.server.awaitStatusAttribute(order.orderId(), "AWAITING_PAYMENT", SOON);
    }
    return orders;
  }

  /**
   * Resets a completed order with runbook block {@code resetBlock}, then asserts that it completes
   * in a new run, each forward effect still once, and that the payments provider saw the replay.
   */
  private static void assertResetCompletesAgainWithEachEffectOnce(String resetBlock) {
    OrderRequest order = completedOrder();
    String firstRun = stack.server.runId(order.orderId());
    long replaysBefore = replays("payments");

    stack.runbook().runForOrder(resetBlock, order.orderId());

    stack.server.awaitNewRun(
        order.orderId(),
        firstRun,
        "complete",
        status -> status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED,
        SOON);
    stack.books().assertEachOnce(order.orderId(), Downstream.FORWARD_EFFECTS);
    assertThat(replays("payments")).isGreaterThan(replaysBefore);
  }

  private static long replays(String system) {
    return stack.sandbox.state().path("replays").path(system).asLong();
  }
}
