package dev.ordersaga.order;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.RiskDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records the histories that {@link OrderReplayTest} replays, each started as the API starts an
 * order. Run on purpose only, when today's rules change in a new deployment version (orders in
 * flight stay pinned to the version they started on, so the histories of retired rules go with
 * their build): {@code ./mvnw -pl workflows test -Dtest=HistoryRecorder -DrecordHistories=true}.
 */
@EnabledIfSystemProperty(named = "recordHistories", matches = "true")
class HistoryRecorder {
  private static final Path DIR = Path.of("src/test/resources/histories");

  @Test
  void recordHappyPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.result(saga.startAsTheApiDoes(SagaHarness.order("replay-happy")));
      write(saga, "replay-happy", "happy.json");
    }
  }

  @Test
  void recordPaymentDeclinedPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.DECLINED);
      saga.result(saga.startAsTheApiDoes(SagaHarness.order("replay-declined")));
      write(saga, "replay-declined", "declined.json");
    }
  }

  @Test
  void recordCancelPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.PENDING);
      OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("replay-cancel"));
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);
      order.cancel(new CancelRequest("recorded cancel"));
      saga.result(order);
      write(saga, "replay-cancel", "cancel.json");
    }
  }

  @Test
  void recordCallbackPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.SUCCEEDED);
      OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("replay-callback"));
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);
      order.paymentNotified(new PaymentNotice("pay-replay-callback", "evt-1"));
      saga.result(order);
      write(saga, "replay-callback", "callback.json");
    }
  }

  @Test
  void recordParkedAfterPivotPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.refuse(ActivityTypes.COMPLETE_RECORD, "RecordRejected");
      OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("replay-needs-attention"));
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.NEEDS_ATTENTION);
      saga.script.allow(ActivityTypes.COMPLETE_RECORD);
      order.resume();
      saga.result(order);
      write(saga, "replay-needs-attention", "needs-attention.json");
    }
  }

  @Test
  void recordReviewApprovedPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.riskDecides(RiskDecision.REVIEW);
      OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("replay-review"));
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.IN_REVIEW);
      order.review(new ReviewDecision(true, "customer verified"));
      saga.result(order);
      write(saga, "replay-review", "review-approved.json");
    }
  }

  @Test
  void recordFraudDeclinedPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.riskDecides(RiskDecision.DECLINE);
      saga.result(saga.startAsTheApiDoes(SagaHarness.order("replay-fraud-declined")));
      write(saga, "replay-fraud-declined", "fraud-declined.json");
    }
  }

  private static void write(SagaHarness saga, String orderId, String file) throws IOException {
    Files.createDirectories(DIR);
    String json = saga.client().fetchHistory(OrderIds.workflowId(orderId)).toJson(true);
    Files.writeString(DIR.resolve(file), json);
  }
}
