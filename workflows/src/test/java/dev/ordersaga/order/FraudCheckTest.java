package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.ASSESS_RISK;
import static dev.ordersaga.order.steps.ActivityTypes.CANCEL_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.OPEN_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.RELEASE_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.RiskDecision;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FraudCheckTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    OrderFlow.skip(Set.of());
    saga.close();
  }

  @Test
  void aDeclineUndoesTheOrderBeforeAnyMoneyMovesAndEndsItFailedWithTheReason() {
    saga.script.riskDecides(RiskDecision.DECLINE);

    OrderLedger ledger = saga.run(SagaHarness.order("r-1"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason())
        .startsWith(OrderFailureTypes.FRAUD_DECLINED)
        .contains("declined by the risk provider");
    assertThat(saga.script.activityTypes())
        .containsExactly(OPEN_RECORD, RESERVE_STOCK, ASSESS_RISK, RELEASE_STOCK, CANCEL_RECORD);
    assertThat(ledger.step(Step.SCREEN_FRAUD).state()).isEqualTo(StepState.FAILED);
    assertThat(ledger.step(Step.REQUEST_PAYMENT).state()).isEqualTo(StepState.SKIPPED);
  }

  @Test
  void aReviewHoldsTheOrderVisiblyUntilAnOperatorApprovesIt() {
    saga.script.riskDecides(RiskDecision.REVIEW);
    OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("r-2"));

    OrderLedger held = saga.awaitLedger(order, l -> l.status() == OrderStatus.IN_REVIEW);
    assertThat(held.statusReason()).contains("review");
    assertThat(saga.searchAttributes("r-2").get(OrderSearchAttributes.ORDER_STATUS))
        .isEqualTo("IN_REVIEW");
    assertThat(saga.script.activityTypes()).doesNotContain(Step.REQUEST_PAYMENT.activityType());

    order.review(new ReviewDecision(true, "customer called back"));

    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void anOperatorsDeclineInReviewUndoesTheOrderWithTheOperatorsReason() {
    saga.script.riskDecides(RiskDecision.REVIEW);
    OrderWorkflow order = saga.start(SagaHarness.order("r-3"));
    saga.awaitLedger(order, l -> l.status() == OrderStatus.IN_REVIEW);

    order.review(new ReviewDecision(false, "card reported stolen"));
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason())
        .startsWith(OrderFailureTypes.FRAUD_DECLINED)
        .contains("declined in review: card reported stolen");
    assertThat(saga.script.activityTypes()).endsWith(RELEASE_STOCK, CANCEL_RECORD);
  }

  @Test
  void aReviewIsRefusedUnlessTheOrderIsInReview() {
    saga.script.pollEndsWith(PaymentState.PENDING);
    OrderWorkflow order = saga.start(SagaHarness.order("r-4"));
    saga.awaitLedger(order, l -> l.status() == OrderStatus.AWAITING_PAYMENT);

    assertThatThrownBy(() -> order.review(new ReviewDecision(false, "too late")))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("is AWAITING_PAYMENT, not IN_REVIEW");
    assertThat(saga.script.activityTypes()).doesNotContain(RELEASE_STOCK);
  }

  @Test
  void theCustomerMayCancelWhileTheOrderIsInReview() {
    saga.script.riskDecides(RiskDecision.REVIEW);
    OrderWorkflow order = saga.start(SagaHarness.order("r-5"));
    saga.awaitLedger(order, l -> l.status() == OrderStatus.IN_REVIEW);

    order.cancel(new CancelRequest("changed my mind"));
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(saga.script.activityTypes()).endsWith(RELEASE_STOCK, CANCEL_RECORD);
  }

  @Test
  void aWorkerConfiguredToSkipTheCheckRunsOrdersWithoutItAndShowsItSkipped() {
    OrderFlow.skip(Set.of(Step.SCREEN_FRAUD));

    OrderLedger ledger = saga.run(SagaHarness.order("r-6"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.activityTypes()).doesNotContain(ASSESS_RISK);
    assertThat(ledger.step(Step.SCREEN_FRAUD).state()).isEqualTo(StepState.SKIPPED);
  }

  @Test
  void anOrderRecordedWithoutTheCheckReplaysOnAWorkerThatRunsIt() {
    OrderFlow.skip(Set.of(Step.SCREEN_FRAUD));
    saga.run(SagaHarness.order("r-7"));
    WorkflowExecutionHistory history = saga.client().fetchHistory(OrderIds.workflowId("r-7"));
    OrderFlow.skip(Set.of());

    try (TestWorkflowEnvironment replaying = TestWorkflowEnvironment.newInstance()) {
      Worker worker = replaying.newWorker(TaskQueues.ORDERS);
      worker.registerWorkflowImplementationTypes(
          StepPolicies.defaults().workflowImplementationOptions(), OrderWorkflowImpl.class);
      assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, worker))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void onlyOptionalStepsMayBeSkipped() {
    assertThatThrownBy(() -> OrderFlow.skip(Set.of(Step.REQUEST_PAYMENT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request-payment cannot be left out");
  }
}
