package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.Await;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runbook sections 4-6, each block run as written against the real Temporal server (dev server or
 * cluster, {@link Engines}): resets that cause no second effect downstream, batch cancels by query,
 * and the repair of parked orders (one by one, and all at once by a signal by query).
 */
class RunbookRepairIT {
  private static final Duration SOON = Duration.ofSeconds(30);
  private static Stack stack;
  private static RunbookShell runbook;
  private static ServerProbe server;

  @BeforeAll
  static void up() {
    stack = Stack.forRunbook("runbook-repair");
    runbook = new RunbookShell(stack);
    server = new ServerProbe(stack.temporal);
  }

  @AfterAll
  static void down() {
    if (stack != null) {
      stack.close();
    }
  }

  @AfterEach
  void providersBack() {
    stack.sandbox.clearFaults();
  }

  @Test
  void resetToTheFirstWorkflowTaskRedoesEveryStepWithoutASecondEffect() {
    OrderRequest order = completedOrder();
    String firstRun = server.runId(order.orderId());
    long replaysBefore = replays("payments");

    runbook.runForOrder("reset-first", order.orderId());

    awaitCompletedAgain(order, firstRun);
    assertEachEffectOnce(order);
    assertThat(replays("payments")).isGreaterThan(replaysBefore);
  }

  @Test
  void resetToJustAfterStockWasReservedRedoesPaymentOnWithoutASecondCharge() {
    OrderRequest order = completedOrder();
    String firstRun = server.runId(order.orderId());
    long replaysBefore = replays("payments");

    runbook.runForOrder("reset-after-reserve", order.orderId());

    awaitCompletedAgain(order, firstRun);
    assertEachEffectOnce(order);
    assertThat(replays("payments")).isGreaterThan(replaysBefore);
  }

  @Test
  void ordersOfARecalledSkuAwaitingPaymentAreCancelledTheBusinessWayAndNoOtherOrder() {
    String recalled = "RECALL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    stack.sandbox.stock(recalled, 100);
    List<OrderRequest> orders = awaitingPayment(customer("recall"), recalled, 2);
    OrderRequest unaffected = awaitingPayment(customer("recall"), "SKU-1", 1).get(0);

    runbook.run("cancel-batch", Map.of("SKU", recalled));

    assertThat(server.orderStatusAttribute(unaffected.orderId())).isEqualTo("AWAITING_PAYMENT");
    for (OrderRequest order : orders) {
      OrderLedger ledger = stack.result(order.orderId(), SOON);
      assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(ledger.statusReason()).contains("SKU recalled");
      assertThat(downstream().effects(order.orderId(), "stock.release")).isEqualTo(1);
      assertThat(downstream().paymentStatus(order.orderId())).isEqualTo("VOIDED");
    }
  }

  @Test
  void temporalCancellationByQueryUndoesTheOrdersButEndsThemCanceledAndFailed() {
    String customer = customer("tcancel");
    List<OrderRequest> orders = awaitingPayment(customer, 2);

    runbook.run("cancel-temporal-batch", Map.of("CUSTOMER_ID", customer));

    for (OrderRequest order : orders) {
      Await.until(
          order.orderId() + " to close as Canceled",
          SOON,
          () ->
              server.executionStatus(order.orderId())
                  == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
      assertThat(server.orderStatusAttribute(order.orderId())).isEqualTo("FAILED");
      assertThat(downstream().effects(order.orderId(), "stock.release")).isEqualTo(1);
      assertThat(downstream().paymentStatus(order.orderId())).isEqualTo("VOIDED");
    }
    assertThat(runbook.run("batch-list", Map.of())).contains("Completed");
  }

  @Test
  void parkedOrderIsRepairedByRetryingItsUndoOnceTheCauseIsFixed() {
    OrderRequest order = awaitingPayment(customer("parked"), 1).get(0);
    Parking.inCompensationFailed(stack, order, SOON);

    String parked = runbook.runForOrder("parked", order.orderId());
    stack.sandbox.clearFaults();
    runbook.runForOrder("retry-compensation", order.orderId());

    assertThat(parked)
        .contains(
            "order-" + order.orderId(), "COMPENSATION_FAILED", "undo of reserve-stock failed");
    OrderLedger ledger = stack.result(order.orderId(), SOON);
    assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(downstream().effects(order.orderId(), "stock.release")).isEqualTo(1);
    assertThat(downstream().effects(order.orderId(), "record.cancel")).isEqualTo(1);
  }

  @Test
  void orderParkedAfterItsShipmentIsResumedOnceTheCauseIsFixedWithNothingUndone() {
    OrderRequest order = awaitingPayment(customer("attention"), 1).get(0);
    Parking.afterShipment(stack, order, SOON);

    String parked = runbook.runForOrder("parked", order.orderId());
    stack.sandbox.clearFaults();
    runbook.runForOrder("resume", order.orderId());

    assertThat(parked)
        .contains("order-" + order.orderId(), "NEEDS_ATTENTION", "complete-record failed");
    assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    assertEachEffectOnce(order);
    assertNothingUndone(order);
  }

  @Test
  void oneSignalByQueryRetriesEveryParkedOrderWhicheverWayItIsParked() {
    List<OrderRequest> orders = awaitingPayment(customer("batch-retry"), 2);
    OrderRequest shipped = orders.get(0);
    OrderRequest cancelled = orders.get(1);
    Parking.afterShipment(stack, shipped, SOON);
    Parking.inCompensationFailed(stack, cancelled, SOON);
    stack.sandbox.clearFaults();

    runbook.run("retry-parked", Map.of());

    assertThat(stack.result(shipped.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    assertEachEffectOnce(shipped);
    assertNothingUndone(shipped);
    OrderLedger undone = stack.result(cancelled.orderId(), SOON);
    assertThat(undone.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(downstream().effects(cancelled.orderId(), "stock.release")).isEqualTo(1);
    assertThat(downstream().effects(cancelled.orderId(), "record.cancel")).isEqualTo(1);
    assertThat(downstream().paymentStatus(cancelled.orderId())).isEqualTo("VOIDED");
  }

  private static void assertNothingUndone(OrderRequest order) {
    Downstream downstream = downstream();
    for (String undo : Downstream.UNDO_EFFECTS) {
      assertThat(downstream.effects(order.orderId(), undo)).as(undo).isZero();
    }
  }

  private static OrderRequest completedOrder() {
    OrderRequest order = Orders.forCustomer(customer("reset"), "tok_ok");
    stack.start(order);
    assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    assertEachEffectOnce(order);
    return order;
  }

  private static List<OrderRequest> awaitingPayment(String customer, int count) {
    return awaitingPayment(customer, "SKU-1", count);
  }

  private static List<OrderRequest> awaitingPayment(String customer, String sku, int count) {
    List<OrderRequest> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OrderRequest order = Orders.of(customer, sku, "tok_never");
      stack.start(order);
      orders.add(order);
    }
    for (OrderRequest order : orders) {
      Await.until(
          order.orderId() + " to await payment",
          SOON,
          () -> server.orderStatusAttribute(order.orderId()).equals("AWAITING_PAYMENT"));
    }
    return orders;
  }

  private static void awaitCompletedAgain(OrderRequest order, String firstRun) {
    Await.until(
        order.orderId() + " to complete in a new run",
        SOON,
        () ->
            !server.runId(order.orderId()).equals(firstRun)
                && server.executionStatus(order.orderId())
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  private static void assertEachEffectOnce(OrderRequest order) {
    Downstream downstream = downstream();
    for (String effect : Downstream.FORWARD_EFFECTS) {
      assertThat(downstream.effects(order.orderId(), effect)).as(effect).isEqualTo(1);
    }
  }

  private static long replays(String system) {
    return stack.sandbox.state().path("replays").path(system).asLong();
  }

  private static Downstream downstream() {
    return new Downstream(stack.sandbox.state());
  }

  private static String customer(String name) {
    return "c-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
