package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.WorkerDeployments;
import dev.ordersaga.worker.WorkerDeployment;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runbook sections 1-3, each block run as written against the real Temporal server (dev server or
 * cluster, {@link Engines}): finding orders, holding the payment retries back while the provider is
 * down, pausing activities and orders.
 */
class RunbookHoldBackIT {
  private static final Duration SOON = Duration.ofSeconds(30);
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack = Stack.forRunbook("runbook-hold");
  }

  @AfterEach
  void providersBackAndQueueReleased() {
    stack.sandbox.clearFaults();
    stack.runbook().run("queue-release", Map.of());
  }

  @Test
  void ordersAreFoundByStatusAndByCustomerAndTheirLedgerIsRead() {
    String customer = Orders.customer("find");
    OrderRequest waiting = Orders.forCustomer(customer, "tok_never");
    OrderRequest done = Orders.forCustomer(customer, "tok_ok");
    stack.start(waiting);
    stack.start(done);
    stack.awaitStatus(waiting.orderId(), OrderStatus.AWAITING_PAYMENT, SOON);
    stack.result(done.orderId(), SOON);

    String byStatus = stack.runbook().run("find-by-status", Map.of());
    String byCustomer = stack.runbook().run("find-by-customer", Map.of("CUSTOMER_ID", customer));
    String ledger = stack.runbook().runForOrder("ledger", waiting.orderId());

    assertThat(byStatus)
        .contains(OrderIds.workflowId(waiting.orderId()))
        .doesNotContain(OrderIds.workflowId(done.orderId()));
    assertThat(byCustomer)
        .contains(OrderIds.workflowId(waiting.orderId()), OrderIds.workflowId(done.orderId()))
        .contains("2");
    assertThat(ledger).contains("AWAITING_PAYMENT", waiting.orderId());
    settle(waiting);
  }

  @Test
  void paymentRetriesHeldBackByTheQueueLimitDrainWhenItIsReleased() {
    stack.sandbox.outage("payments");
    List<OrderRequest> orders = placeRetryingPayments("hold", 3);

    stack.runbook().run("queue-hold", Map.of());
    Await.until(
        "the payments backlog to hold the 3 retries",
        SOON,
        () -> stack.server.activityBacklog(TaskQueues.PAYMENTS) >= 3);
    Map<String, String> buildId =
        Map.of(
            "BUILD_ID",
            new WorkerDeployments(stack.temporal.service(), "default")
                .currentBuildId(WorkerDeployment.NAME)
                .orElseThrow());
    String queue =
        Await.value(
            "the worker list to show the step and payment-status workers (heartbeats come late)",
            SOON,
            () -> {
              String printed = stack.runbook().run("queue-backlog", buildId);
              boolean listed =
                  printed.contains(stack.stepWorker.pid() + "@")
                      && printed.contains(stack.paymentStatusWorker.pid() + "@");
              return listed ? printed : null;
            });
    String config = stack.runbook().run("queue-config", Map.of());
    stack.sandbox.clearFaults();
    stack.runbook().run("queue-release", Map.of());

    assertThat(queue)
        .contains("ApproximateBacklogCount", stack.stepWorker.pid() + "@")
        .contains(stack.paymentStatusWorker.pid() + "@");
    assertThat(config).contains("payment provider down");
    for (OrderRequest order : orders) {
      assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(stack.books().effects(order.orderId(), "payment.charge")).isEqualTo(1);
    }
    Await.until(
        "the backlog to drain", SOON, () -> stack.server.activityBacklog(TaskQueues.PAYMENTS) == 0);
  }

  @Test
  void retryingPaymentsArePausedTogetherAndUnpausedByOneBatch() {
    stack.sandbox.outage("payments");
    List<OrderRequest> orders = placeRetryingPayments("pause", 2);

    stack.runbook().run("pause-payments", Map.of());
    for (OrderRequest order : orders) {
      Await.until(
          "Payments.request of " + order.orderId() + " to be paused",
          SOON,
          () ->
              paymentRequest(order).getState()
                  == PendingActivityState.PENDING_ACTIVITY_STATE_PAUSED);
    }
    stack.sandbox.clearFaults();
    for (OrderRequest order : orders) {
      assertThat(paymentRequest(order).getPaused()).isTrue();
      assertThat(stack.books().effects(order.orderId(), "payment.charge")).isZero();
    }
    stack.runbook().run("unpause-payments", Map.of());

    for (OrderRequest order : orders) {
      assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(stack.books().effects(order.orderId(), "payment.charge")).isEqualTo(1);
    }
  }

  @Test
  void oneAwaitingActivityIsPausedThenUnpausedAndTheOrderCompletes() {
    OrderRequest order = Orders.forCustomer(Orders.customer("one"), "tok_never");
    stack.start(order);
    stack.awaitStatus(order.orderId(), OrderStatus.AWAITING_PAYMENT, SOON);

    stack.runbook().runForOrder("activity-pause", order.orderId());
    Await.until(
        "PaymentStatus.await to be paused",
        SOON,
        () -> paymentAwait(order).getState() == PendingActivityState.PENDING_ACTIVITY_STATE_PAUSED);
    stack.runbook().runForOrder("activity-unpause", order.orderId());
    Await.until("PaymentStatus.await to be unpaused", SOON, () -> !paymentAwait(order).getPaused());
    settle(order);

    assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void pausedOrderStandsStillUntilUnpausedThenCompletes() {
    OrderRequest order = Orders.forCustomer(Orders.customer("wf"), "tok_never");
    stack.start(order);
    stack.awaitStatus(order.orderId(), OrderStatus.AWAITING_PAYMENT, SOON);

    String paused = stack.runbook().runForOrder("workflow-pause", order.orderId());
    assertThat(stack.server.executionStatus(order.orderId()))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_PAUSED);
    assertThat(paused).contains(OrderIds.workflowId(order.orderId()), "Paused");
    stack.sandbox.settle(stack.books().paymentId(order.orderId()));
    Await.until(
        "the provider to have settled the payment",
        SOON,
        () -> "SUCCEEDED".equals(stack.books().paymentStatus(order.orderId())));
    assertThat(stack.server.executionStatus(order.orderId()))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_PAUSED);
    assertThat(stack.books().effects(order.orderId(), "stock.commit")).isZero();
    stack.runbook().runForOrder("workflow-unpause", order.orderId());

    OrderLedger ledger = stack.result(order.orderId(), SOON);
    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(stack.books().effects(order.orderId(), "stock.commit")).isEqualTo(1);
  }

  private List<OrderRequest> placeRetryingPayments(String name, int count) {
    String customer = Orders.customer(name);
    List<OrderRequest> orders = stack.startAll(count, () -> Orders.forCustomer(customer, "tok_ok"));
    for (OrderRequest order : orders) {
      Await.until(
          "Payments.request of " + order.orderId() + " to be retrying",
          SOON,
          () -> paymentRequest(order).getAttempt() >= 2);
    }
    return orders;
  }

  private static PendingActivityInfo paymentRequest(OrderRequest order) {
    return stack.server.pendingActivity(order.orderId(), ActivityTypes.REQUEST_PAYMENT);
  }

  private static PendingActivityInfo paymentAwait(OrderRequest order) {
    return stack.server.pendingActivity(order.orderId(), ActivityTypes.AWAIT_PAYMENT);
  }

  private static void settle(OrderRequest order) {
    stack.sandbox.settle(stack.books().paymentId(order.orderId()));
    stack.result(order.orderId(), SOON);
  }
}
