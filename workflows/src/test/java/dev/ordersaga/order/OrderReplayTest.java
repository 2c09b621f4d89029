package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.codec.CodecKeys;
import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.order.policy.StepPolicies;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.worker.Worker;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays recorded histories (under {@code src/test/resources/histories}) against today's workflow
 * code: an incompatible change fails here before it can break orders in flight.
 */
class OrderReplayTest {
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
        "lean-happy",
        "lean-callback",
        "milestones-happy",
        "milestones-declined",
        "milestones-resumed"
      })
  void recordedHistoryReplaysWithoutNonDeterminism(String history) {
    assertReplays(env, history);
  }

  @ParameterizedTest
  @ValueSource(strings = {"happy", "cancel"})
  void historyRecordedBeforeEncryptionReplaysOnAWorkerThatEncrypts(String history) {
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

    assertThatCode(
            () ->
                WorkflowReplayer.replayWorkflowExecutionFromResource(
                    "histories/" + history + ".json", worker))
        .doesNotThrowAnyException();
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
