package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.codec.CodecKeys;
import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.order.policy.StepPolicies;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the histories recorded with today's rules (under {@code src/test/resources/histories},
 * made by {@link HistoryRecorder}) against today's workflow code: a change that would break an
 * order of this build in flight (one still running, or one an operator moves here) fails here.
 */
class OrderReplayTest {
  private static final String REPLAY_RUN_ID = "run_id_in_replay";
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

  @AfterEach
  void stop() {
    env.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "happy",
        "declined",
        "cancel",
        "callback",
        "needs-attention",
        "review-approved",
        "fraud-declined"
      })
  void recordedHistoryReplaysWithoutNonDeterminism(String history) {
    assertReplays(env, history);
  }

  @ParameterizedTest
  @ValueSource(strings = {"happy", "cancel"})
  void historyRecordedWithoutEncryptionReplaysOnAWorkerThatEncrypts(String history) {
    try (TestWorkflowEnvironment encrypting =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(
                            PayloadEncryption.converter(
                                Map.of(CodecKeys.KEYS_VARIABLE, "k1:" + "A".repeat(43) + "=")))
                        .build())
                .build())) {
      assertReplays(encrypting, history);
    }
  }

  /** Replays {@code histories/{history}.json} on an orders worker of {@code environment}. */
  private static void assertReplays(TestWorkflowEnvironment environment, String history) {
    Worker worker = environment.newWorker(TaskQueues.ORDERS);
    worker.registerWorkflowImplementationTypes(
        StepPolicies.defaults().workflowImplementationOptions(), OrderWorkflowImpl.class);

    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(asFirstRun(history), worker))
        .doesNotThrowAnyException();
  }

  /**
   * {@code histories/{history}.json} as the first run of its order. The replayer runs every history
   * under the run id {@value #REPLAY_RUN_ID}; the recorded first run's id is set to it, so the
   * replay, like the live worker, sees a run no operator reset.
   */
  private static WorkflowExecutionHistory asFirstRun(String history) throws IOException {
    String json;
    try (InputStream in =
        OrderReplayTest.class.getResourceAsStream("/histories/" + history + ".json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    History recorded = WorkflowExecutionHistory.fromJson(json).getHistory();
    HistoryEvent started = recorded.getEvents(0);
    HistoryEvent firstRun =
        started.toBuilder()
            .setWorkflowExecutionStartedEventAttributes(
                started.getWorkflowExecutionStartedEventAttributes().toBuilder()
                    .setFirstExecutionRunId(REPLAY_RUN_ID))
            .build();
    return new WorkflowExecutionHistory(recorded.toBuilder().setEvents(0, firstRun).build());
  }

  @Test
  void reorderedStepsFailTheReplay() {
    Worker worker = env.newWorker(TaskQueues.ORDERS);
    worker.registerWorkflowImplementationTypes(
        StepPolicies.defaults().workflowImplementationOptions(), ReorderedOrderWorkflow.class);

    assertThatThrownBy(
            () ->
                WorkflowReplayer.replayWorkflowExecutionFromResource(
                    "histories/happy.json", worker))
        .hasMessageContaining(NonDeterministicException.class.getName());
  }
}
