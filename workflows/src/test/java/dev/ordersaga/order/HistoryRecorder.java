package dev.ordersaga.order;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Re-records the histories that {@link OrderReplayTest} replays. Run only on purpose, after a
 * deliberate, versioned change, and only the methods of the new path: the histories recorded before
 * it stay as they are, so orders in flight keep being replayed ({@code ./mvnw -pl workflows test
 * -Dtest='HistoryRecorder#recordMilestones*' -DrecordHistories=true}).
 */
@EnabledIfSystemProperty(named = "recordHistories", matches = "true")
class HistoryRecorder {
  private static final Path DIR = Path.of("src/test/resources/histories");

  @Test
  void recordHappyPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.run(SagaHarness.order("replay-happy"));
      write(saga, "replay-happy", "happy.json");
    }
  }

  @Test
  void recordCompensationPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.DECLINED);
      saga.run(SagaHarness.order("replay-declined"));
      write(saga, "replay-declined", "declined.json");
    }
  }

  @Test
  void recordCancelPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.PENDING);
      OrderWorkflow order = saga.start(SagaHarness.order("replay-cancel"));
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
      OrderWorkflow order = saga.start(SagaHarness.order("replay-callback"));
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);
      order.paymentNotified(new PaymentNotice("pay-replay-callback", "evt-1"));
      saga.result(order);
      write(saga, "replay-callback", "callback.json");
    }
  }

  @Test
  void recordParkedAfterPivotPath() throws IOException {
    recordResumedAfterParking("replay-needs-attention", false, "needs-attention.json");
  }

  @Test
  void recordLeanHappyPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.result(saga.startAsTheApiDoes(SagaHarness.order("replay-lean-happy")));
      write(saga, "replay-lean-happy", "lean-happy.json");
    }
  }

  @Test
  void recordLeanCallbackPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.SUCCEEDED);
      OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("replay-lean-callback"));
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);
      order.paymentNotified(new PaymentNotice("pay-replay-lean-callback", "evt-1"));
      saga.result(order);
      write(saga, "replay-lean-callback", "lean-callback.json");
    }
  }

  @Test
  void recordMilestonesHappyPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.result(saga.startAsTheApiDoes(SagaHarness.order("replay-milestones-happy")));
      write(saga, "replay-milestones-happy", "milestones-happy.json");
    }
  }

  @Test
  void recordMilestonesDeclinedPath() throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.pollEndsWith(PaymentState.DECLINED);
      saga.result(saga.startAsTheApiDoes(SagaHarness.order("replay-milestones-declined")));
      write(saga, "replay-milestones-declined", "milestones-declined.json");
    }
  }

  @Test
  void recordMilestonesResumedPath() throws IOException {
    recordResumedAfterParking("replay-milestones-resumed", true, "milestones-resumed.json");
  }

  /**
   * Records order {@code orderId} (started as the API does, or without search attributes) parked in
   * NEEDS_ATTENTION on a refused completion, then resumed to its end.
   */
  private static void recordResumedAfterParking(String orderId, boolean asTheApiDoes, String file)
      throws IOException {
    try (SagaHarness saga = new SagaHarness()) {
      saga.script.refuse(ActivityTypes.COMPLETE_RECORD, "RecordRejected");
      OrderRequest request = SagaHarness.order(orderId);
      OrderWorkflow order = asTheApiDoes ? saga.startAsTheApiDoes(request) : saga.start(request);
      saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.NEEDS_ATTENTION);
      saga.script.allow(ActivityTypes.COMPLETE_RECORD);
      order.resume();
      saga.result(order);
      write(saga, orderId, file);
    }
  }

  private static void write(SagaHarness saga, String orderId, String file) throws IOException {
    Files.createDirectories(DIR);
    String json = saga.client().fetchHistory(OrderIds.workflowId(orderId)).toJson(true);
    Files.writeString(DIR.resolve(file), json);
  }
}
