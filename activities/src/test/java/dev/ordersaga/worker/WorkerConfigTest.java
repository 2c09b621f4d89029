package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.activity.ActivityOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerConfigTest {
  private static final Path SHIPPED = Path.of("../config/worker.yml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * The keys (or key prefixes) where the shipped {@code config/worker.yml} deliberately departs
   * from the code's defaults; the file says why at each.
   */
  private static final Set<String> DELIBERATE_OVERRIDES =
      Set.of(
          "paymentWait.maxInterval",
          "paymentWait.heartbeatInterval",
          "paymentWait.heartbeatTimeout",
          "queues.");

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
    WorkerConfig config = WorkerConfig.load(SHIPPED, Map.of());

    assertThat(config.stepPolicies().activityOptions()).containsKey(ActivityTypes.AWAIT_PAYMENT);
    assertThat(config.queue(TaskQueues.ORDERS).virtualThreads()).isTrue();
  }

  @Test
  void shippedWorkerConfigSetsTheWaitOfAPaymentInOneSectionThatAgrees() {
    WorkerConfig config = WorkerConfig.load(SHIPPED, Map.of());

    ActivityOptions await =
        config.stepPolicies().activityOptions().get(ActivityTypes.AWAIT_PAYMENT);
    assertThat(await.getHeartbeatTimeout()).isEqualTo(config.paymentWait().heartbeatTimeout());
    assertThat(await.getScheduleToCloseTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.downstream().paymentWait().heartbeatInterval())
        .isLessThan(await.getHeartbeatTimeout());
    assertThat(config.downstream().paymentWait().heartbeatInterval())
        .isGreaterThanOrEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void aHeartbeatIntervalNotBelowTheHeartbeatTimeoutIsRefusedNamingBoth() throws IOException {
    Path file = write("paymentWait:\n  heartbeatInterval: PT5M\n  heartbeatTimeout: PT2M\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentWait.heartbeatInterval (PT5M)")
        .hasMessageContaining("paymentWait.heartbeatTimeout (PT2M)");
  }

  @Test
  void aLongestPollWaitNotBelowTheWindowIsRefusedNamingBoth() throws IOException {
    Path file = write("paymentWait:\n  window: PT10M\n  maxInterval: PT10M\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentWait.maxInterval (PT10M)")
        .hasMessageContaining("paymentWait.window (PT10M)");
  }

  @Test
  void aHeartbeatTimeoutNotBelowTheWindowIsRefusedNamingBoth() throws IOException {
    Path file =
        write(
            "paymentWait:\n  window: PT10M\n  heartbeatTimeout: PT15M\n  heartbeatInterval: PT1M\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentWait.heartbeatTimeout (PT15M)")
        .hasMessageContaining("paymentWait.window (PT10M)");
  }

  @Test
  void theWindowSetAsAPolicyOverrideIsRefusedPointingToThePaymentWait() throws IOException {
    Path file = write("policies:\n  PaymentStatus.await:\n    scheduleToClose: PT1H\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentWait.window");
  }

  @Test
  void theDefaultsAgree() {
    WorkerConfig.defaults().check();
  }

  @Test
  void everyValueTheShippedConfigStatesIsTheCodeDefaultOrADeliberateOverride() throws IOException {
    List<String> departures = new ArrayList<>();
    for (String key : leafKeys(YAML.readTree(SHIPPED.toFile()), "")) {
      Path alone = write(YAML.writeValueAsString(only(YAML.readTree(SHIPPED.toFile()), key)));
      if (!effective(WorkerConfig.read(alone, Map.of()))
          .equals(effective(WorkerConfig.defaults()))) {
        departures.add(key);
      }
    }

    assertThat(departures)
        .allMatch(key -> DELIBERATE_OVERRIDES.stream().anyMatch(key::startsWith))
        .contains("paymentWait.maxInterval", "paymentWait.heartbeatTimeout");
  }

  @Test
  void unsetVariableWithoutDefaultIsRefusedByName() throws IOException {
    Path file = write("downstreamUrl: ${SANDBOX_URL}\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SANDBOX_URL");
  }

  @Test
  void emptyVariableTakesTheDefault() throws IOException {
    Path file = write("queues:\n  payment-status:\n    maxConcurrent: ${SLOTS:-7}\n");

    WorkerConfig config = WorkerConfig.load(file, Map.of("SLOTS", ""));

    assertThat(config.queue(TaskQueues.PAYMENT_STATUS).maxConcurrent()).isEqualTo(7);
  }

  @Test
  void unknownKeyIsRefusedByName() throws IOException {
    Path file = write("paymentWait:\n  maxIntervall: PT1M\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxIntervall");
  }

  @Test
  void invalidValueIsRefusedNamingItsKey() throws IOException {
    Path file = write("queues:\n  inventory:\n    maxConcurrent: 0\n");

    assertThatThrownBy(() -> WorkerConfig.load(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConcurrent");
  }

  /** What the worker does with a configuration: its connection, adapters, pools and policies. */
  private static List<Object> effective(WorkerConfig config) {
    List<Object> effect = new ArrayList<>();
    effect.add(config.temporal());
    effect.add(config.downstream());
    TaskQueues.ALL.forEach(queue -> effect.add(config.queue(queue)));
    config.stepPolicies().activityOptions().keySet().stream()
        .sorted()
        .forEach(type -> effect.add(config.stepPolicies().policy(type)));
    return effect;
  }

  private static List<String> leafKeys(JsonNode node, String prefix) {
    if (!node.isObject()) {
      return List.of(prefix);
    }
    List<String> keys = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            field ->
                keys.addAll(
                    leafKeys(
                        field.getValue(),
                        prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey())));
    return keys;
  }

  /** The tree with every leaf but {@code key} removed; keys are matched field by field. */
  private static JsonNode only(JsonNode tree, String key) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    tree.fields()
        .forEachRemaining(
            field -> {
              String name = field.getKey();
              if (key.equals(name)) {
                kept.set(name, field.getValue());
              } else if (key.startsWith(name + ".") && field.getValue().isObject()) {
                kept.set(name, only(field.getValue(), key.substring(name.length() + 1)));
              }
            });
    return kept;
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("worker.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
