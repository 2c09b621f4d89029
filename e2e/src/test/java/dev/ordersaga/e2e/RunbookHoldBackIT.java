package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runbook sections 1-3, each block run as written against the real Temporal server (dev server or
 * cluster, {@link Engines}): finding orders, holding the payment retries back while the provider is
 * down, pausing activities and orders.
 */
class RunbookHoldBackIT {
  private static final Duration SOON = Duration.ofSeconds(30);
  private static Stack stack;
  private static RunbookShell runbook;
  private static ServerProbe server;

  @BeforeAll
  static void up() {
    stack = Stack.forRunbook("runbook-hold");
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
  void providersBackAndQueueReleased() {
    stack.sandbox.clearFaults();
    runbook.run("queue-release", Map.of());
  }

  @Test
  void ordersAreFoundByStatusAndByCustomerAndTheirLedgerIsRead() {
    String customer = customer("find");
    OrderRequest waiting = Orders.forCustomer(customer, "tok_never");
    OrderRequest done = Orders.forCustomer(customer, "tok_ok");
    stack.start(waiting);
    stack.start(done);
    awaitStatus(waiting, OrderStatus.AWAITING_PAYMENT);
    stack.result(done.orderId(), SOON);

    String byStatus = runbook.run("find-by-status", Map.of());
    String byCustomer = runbook.run("find-by-customer", Map.of("CUSTOMER_ID", customer));
    String ledger = runbook.runForOrder("ledger", waiting.orderId());

    assertThat(byStatus).contains(workflowId(waiting)).doesNotContain(workflowId(done));
    assertThat(byCustomer).contains(workflowId(waiting), workflowId(done)).contains("2");
    assertThat(ledger).contains("AWAITING_PAYMENT", waiting.orderId());
    settle(waiting);
  }

  @Test
  void paymentRetriesHeldBackByTheQueueLimitDrainWhenItIsReleased() {
    stack.sandbox.outage("payments");
    List<OrderRequest> orders = placeRetryingPayments("hold", 3);

    runbook.run("queue-hold", Map.of());
    Await.until(
        "the payments backlog to hold the 3 retries",
        SOON,
        () -> server.activityBacklog(TaskQueues.PAYMENTS) >= 3);
    String queue =
        runbook.run(
            "queue-backlog",
            Map.of(
                "BUILD_ID",
                new WorkerDeployments(stack.temporal.service(), "default")
                    .currentBuildId(WorkerDeployment.NAME)
                    .orElseThrow()));
    String config = runbook.run("queue-config", Map.of());
    stack.sandbox.clearFaults();
    runbook.run("queue-release", Map.of());

    assertThat(queue)
        .contains("ApproximateBacklogCount", stack.stepWorker.pid() + "@")
        .contains(stack.paymentStatusWorker.pid() + "@");
    assertThat(config).contains("payment provider down");
    for (OrderRequest order : orders) {
      assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(downstream().effects(order.orderId(), "payment.charge")).isEqualTo(1);
    }
    Await.until(
        "the backlog to drain", SOON, () -> server.activityBacklog(TaskQueues.PAYMENTS) == 0);
  }

  @Test
  void retryingPaymentsArePausedTogetherAndUnpausedByOneBatch() {
    stack.sandbox.outage("payments");
    List<OrderRequest> orders = placeRetryingPayments("pause", 2);

    runbook.run("pause-payments", Map.of());
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
      assertThat(downstream().effects(order.orderId(), "payment.charge")).isZero();
    }
    runbook.run("unpause-payments", Map.of());

    for (OrderRequest order : orders) {
      assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(downstream().effects(order.orderId(), "payment.charge")).isEqualTo(1);
    }
  }

  @Test
  void oneAwaitingActivityIsPausedThenUnpausedAndTheOrderCompletes() {
    OrderRequest order = Orders.forCustomer(customer("one"), "tok_never");
    stack.start(order);
    awaitStatus(order, OrderStatus.AWAITING_PAYMENT);

    runbook.runForOrder("activity-pause", order.orderId());
    Await.until(
        "PaymentStatus.await to be paused",
        SOON,
        () -> paymentAwait(order).getState() == PendingActivityState.PENDING_ACTIVITY_STATE_PAUSED);
    runbook.runForOrder("activity-unpause", order.orderId());
    Await.until("PaymentStatus.await to be unpaused", SOON, () -> !paymentAwait(order).getPaused());
    settle(order);

    assertThat(stack.result(order.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void pausedOrderStandsStillUntilUnpausedThenCompletes() {
    OrderRequest order = Orders.forCustomer(customer("wf"), "tok_never");
    stack.start(order);
    awaitStatus(order, OrderStatus.AWAITING_PAYMENT);

    String paused = runbook.runForOrder("workflow-pause", order.orderId());
    assertThat(server.executionStatus(order.orderId()))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_PAUSED);
    assertThat(paused).contains(workflowId(order), "Paused");
    stack.sandbox.settle(downstream().paymentId(order.orderId()));
    Await.until(
        "the provider to have settled the payment",
        SOON,
        () -> "SUCCEEDED".equals(downstream().paymentStatus(order.orderId())));
    assertThat(server.executionStatus(order.orderId()))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_PAUSED);
    assertThat(downstream().effects(order.orderId(), "stock.commit")).isZero();
    runbook.runForOrder("workflow-unpause", order.orderId());

    OrderLedger ledger = stack.result(order.orderId(), SOON);
    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(downstream().effects(order.orderId(), "stock.commit")).isEqualTo(1);
  }

  private List<OrderRequest> placeRetryingPayments(String name, int count) {
    String customer = customer(name);
    List<OrderRequest> orders =
        Stream.generate(() -> Orders.forCustomer(customer, "tok_ok")).limit(count).toList();
    orders.forEach(stack::start);
    for (OrderRequest order : orders) {
      Await.until(
          "Payments.request of " + order.orderId() + " to be retrying",
          SOON,
          () -> paymentRequest(order).getAttempt() >= 2);
    }
    return orders;
  }

  private static PendingActivityInfo paymentRequest(OrderRequest order) {
    return server.pendingActivity(order.orderId(), ActivityTypes.REQUEST_PAYMENT);
  }

  private static PendingActivityInfo paymentAwait(OrderRequest order) {
    return server.pendingActivity(order.orderId(), ActivityTypes.AWAIT_PAYMENT);
  }

  private static void awaitStatus(OrderRequest order, OrderStatus status) {
    Await.until(
        order.orderId() + " to be " + status,
        SOON,
        () -> stack.status(order.orderId()).status() == status);
  }

  private static void settle(OrderRequest order) {
    stack.sandbox.settle(downstream().paymentId(order.orderId()));
    stack.result(order.orderId(), SOON);
  }

  private static Downstream downstream() {
    return new Downstream(stack.sandbox.state());
  }

  private static String workflowId(OrderRequest order) {
    return "order-" + order.orderId();
  }

  private static String customer(String name) {
    return "c-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
