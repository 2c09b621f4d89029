package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.StepEntry;
import dev.ordersaga.order.StepState;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.WorkerDeployments;
import dev.ordersaga.processes.WorkerProcess;
import dev.ordersaga.worker.WorkerDeployment;
import io.temporal.api.enums.v1.VersionDrainageStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runbook's rollout (docs/operations.md, section 9) as an operator runs it: version A (the
 * fraud check switched off) has orders in flight, two waiting for their payment and one parked in
 * NEEDS_ATTENTION; version B (the fraud check on) starts beside it and becomes current; new orders
 * run B's rules, A's waiting orders finish on A's, the parked one is moved to B and resumed; A
 * drains and its workers stop. Every order completes, each downstream effect once.
 */
class RolloutIT {
  private static final Duration SOON = Duration.ofSeconds(60);
  private static final Duration PAYMENT_WINDOW = Duration.ofMinutes(5);
  private static final String FRAUD_CHECK = "screen-fraud";
  private static final String FRAUD_CHECK_EFFECT = "risk.assess";
  private static final String WITHOUT_FRAUD_CHECK = "flow:\n  skip: [" + FRAUD_CHECK + "]\n";

  @Test
  void ordersKeepTheRulesTheyStartedWithWhileNewOrdersRunTheNextVersion() {
    try (Stack stack = Stack.forRunbook("rollout");
        VersionWorkers a = new VersionWorkers(stack, "A", WITHOUT_FRAUD_CHECK, PAYMENT_WINDOW)) {
      RunbookShell runbook = new RunbookShell(stack);
      WorkerDeployments deployments = new WorkerDeployments(stack.temporal.service(), "default");
      a.awaitPolling(stack);
      runbook.run("rollout-make-current", Map.of("BUILD_ID", "A"));
      for (WorkerProcess own :
          List.of(stack.workflowWorker, stack.paymentStatusWorker, stack.stepWorker)) {
        own.close();
      }
      String sku = "ROLL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
      stack.sandbox.stock(sku, 100);
      List<OrderRequest> waiting =
          List.of(awaitingPayment(stack, sku), awaitingPayment(stack, sku));
      OrderRequest parked = awaitingPayment(stack, sku);
      try {
        Parking.afterShipment(stack, parked, SOON);
      } finally {
        stack.sandbox.clearFaults();
      }

      try (VersionWorkers b = new VersionWorkers(stack, "B", "", PAYMENT_WINDOW)) {
        b.awaitPolling(stack);
        runbook.run("rollout-make-current", Map.of("BUILD_ID", "B"));
        assertThat(deployments.currentBuildId(WorkerDeployment.NAME)).contains("B");

        OrderRequest onB = Orders.of("c-roll-b", sku, "tok_ok");
        stack.start(onB);
        assertCompletedOn(stack, runbook, onB, "B", StepState.DONE);

        for (OrderRequest order : waiting) {
          stack.sandbox.settle(stack.status(order.orderId()).paymentId());
        }
        for (OrderRequest order : waiting) {
          assertCompletedOn(stack, runbook, order, "A", StepState.SKIPPED);
        }

        assertThat(runbook.run("rollout-list-pinned", Map.of("OLD_BUILD_ID", "A")))
            .contains(parked.orderId());
        runbook.run("rollout-move", Map.of("ORDER_ID", parked.orderId(), "BUILD_ID", "B"));
        runbook.runForOrder("resume", parked.orderId());
        assertThat(stack.result(parked.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(runbook.runForOrder("rollout-order-version", parked.orderId()))
            .containsPattern("BuildId\\s+B\\b");

        Await.until(
            "version A to drain",
            SOON,
            () ->
                deployments.drainage(WorkerDeployment.NAME, "A")
                    == VersionDrainageStatus.VERSION_DRAINAGE_STATUS_DRAINED);
        assertThat(runbook.run("rollout-drainage", Map.of("OLD_BUILD_ID", "A")))
            .containsIgnoringCase("drained");
        a.close();

        List<OrderRequest> startedOnA = new ArrayList<>(waiting);
        startedOnA.add(parked);
        Downstream books = new Downstream(stack.sandbox.state());
        for (OrderRequest order : startedOnA) {
          for (String effect : Downstream.FORWARD_EFFECTS) {
            assertThat(books.effects(order.orderId(), effect))
                .as(order.orderId() + " " + effect)
                .isEqualTo(effect.equals(FRAUD_CHECK_EFFECT) ? 0 : 1);
          }
        }
        books.assertEachOnce(onB.orderId(), Downstream.FORWARD_EFFECTS);
      }
    }
  }

  private static OrderRequest awaitingPayment(Stack stack, String sku) {
    OrderRequest order =
        Orders.of("c-roll-" + UUID.randomUUID().toString().substring(0, 6), sku, "tok_never");
    stack.start(order);
    Await.until(
        order.orderId() + " to await payment",
        SOON,
        () -> stack.status(order.orderId()).status() == OrderStatus.AWAITING_PAYMENT);
    return order;
  }

  /**
   * Waits for the order to complete and checks it ran on {@code buildId} (the CLI's describe) with
   * its fraud check in {@code fraudCheck}.
   */
  private static void assertCompletedOn(
      Stack stack, RunbookShell runbook, OrderRequest order, String buildId, StepState fraudCheck) {
    OrderLedger ledger = stack.result(order.orderId(), SOON);
    assertThat(ledger.status()).as(order.orderId()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(
            ledger.steps().stream()
                .filter(entry -> entry.step().key().equals(FRAUD_CHECK))
                .map(StepEntry::state))
        .as(order.orderId() + " " + FRAUD_CHECK)
        .containsExactly(fraudCheck);
    assertThat(runbook.runForOrder("rollout-order-version", order.orderId()))
        .containsPattern("BuildId\\s+" + buildId + "\\b");
  }
}
