package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.activity.ActivityOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerConfigTest {
  @TempDir Path dir;

  @Test
  void yamlPolicyOverrideReachesTheActivityOptions() throws IOException {
    Path file =
        write(
            """
            policies:
              Inventory.reserve:
                startToClose: PT7S
                maximumAttempts: 4
            """);

    ActivityOptions reserve =
        WorkerConfig.load(file, Map.of())
            .stepPolicies()
            .activityOptions()
            .get(ActivityTypes.RESERVE_STOCK);

    assertThat(reserve.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(reserve.getRetryOptions().getMaximumAttempts()).isEqualTo(4);
    assertThat(reserve.getScheduleToCloseTimeout()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void environmentVariablesAndDefaultsAreSubstituted() throws IOException {
    Path file =
        write(
            """
            temporal:
              address: ${TEMPORAL_ADDRESS:-127.0.0.1:7233}
              namespace: ${TEMPORAL_NAMESPACE:-default}
            queues:
              payment-status:
                maxConcurrent: ${PAYMENT_STATUS_SLOTS:-5000}
                virtualThreads: true
            """);

    WorkerConfig config = WorkerConfig.load(file, Map.of("TEMPORAL_NAMESPACE", "orders-prod"));

    assertThat(config.temporal().address()).isEqualTo("127.0.0.1:7233");
    assertThat(config.temporal().namespace()).isEqualTo("orders-prod");
    assertThat(config.queue(TaskQueues.PAYMENT_STATUS).maxConcurrent()).isEqualTo(5000);
  }

  @Test
  void unknownQueueIsRefusedByName() throws IOException {
    Path file = write("queues:\n  inventroy:\n    maxConcurrent: 3\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inventroy");
  }

  @Test
  void unknownActivityTypeInPoliciesIsRefusedByName() throws IOException {
    Path file = write("policies:\n  Shipping.crate:\n    startToClose: PT1S\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()).stepPolicies())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Shipping.crate");
  }

  @Test
  void shippedWorkerConfigLoads() {
    WorkerConfig config = WorkerConfig.load(Path.of("../config/worker.yml"), Map.of());

    assertThat(config.stepPolicies().activityOptions()).containsKey(ActivityTypes.AWAIT_PAYMENT);
    assertThat(config.queue(TaskQueues.PAYMENT_STATUS).virtualThreads()).isTrue();
  }

  @Test
  void shippedWorkerConfigHeartbeatsAWaitingPaymentWellWithinItsHeartbeatTimeout() {
    WorkerConfig config = WorkerConfig.load(Path.of("../config/worker.yml"), Map.of());

    Duration heartbeatTimeout =
        config
            .stepPolicies()
            .activityOptions()
            .get(ActivityTypes.AWAIT_PAYMENT)
            .getHeartbeatTimeout();
    Duration throttle = config.queue(TaskQueues.PAYMENT_STATUS).maxHeartbeatThrottle();
    assertThat(throttle).isLessThan(heartbeatTimeout);
    assertThat(
            config
                .queue(TaskQueues.PAYMENT_STATUS)
                .activityWorkerOptions()
                .getMaxHeartbeatThrottleInterval())
        .isEqualTo(throttle);
    assertThat(config.downstream().heartbeatInterval()).isLessThan(heartbeatTimeout);
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("worker.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
