package dev.ordersaga.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.activities.Endpoints;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.policy.StepPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The worker's configuration (YAML, {@code ${ENV:-default}} substituted): where Temporal and the
 * downstream systems are, each queue's pool size, and step policy overrides by activity type
 * (durations in ISO-8601, e.g. {@code PT30S}).
 *
 * @param downstreamUrl base URL of the downstream systems (the sandbox by default)
 * @param paymentPoll how the payment status poll backs off and heartbeats
 * @param queues pool settings by task queue name
 * @param policies step policy overrides by activity type, e.g. {@code Inventory.reserve}
 */
public record WorkerConfig(
    TemporalSettings temporal,
    String downstreamUrl,
    PaymentPollSettings paymentPoll,
    Map<String, QueueSettings> queues,
    Map<String, StepPolicy> policies) {

  public WorkerConfig {
    temporal = temporal == null ? new TemporalSettings(null, null) : temporal;
    downstreamUrl = downstreamUrl == null || downstreamUrl.isBlank() ? null : downstreamUrl;
    queues = queues == null ? Map.of() : Map.copyOf(queues);
    policies = policies == null ? Map.of() : Map.copyOf(policies);
    for (String queue : queues.keySet()) {
      if (!TaskQueues.ALL.contains(queue)) {
        throw new IllegalArgumentException(
            "unknown task queue in worker config: " + queue + "; known: " + TaskQueues.ALL);
      }
    }
  }

  /** Every default: local Temporal, the local sandbox, SDK pool sizes, default policies. */
  public static WorkerConfig defaults() {
    return new WorkerConfig(null, null, null, null, null);
  }

  /**
   * Reads a YAML file, substituting {@code ${NAME}} and {@code ${NAME:-default}} from the
   * environment.
   *
   * @throws IllegalArgumentException naming the file and the problem when it cannot be read
   */
  public static WorkerConfig load(Path file, Map<String, String> environment) {
    try {
      String yaml = EnvSubstitution.apply(Files.readString(file), environment);
      return mapper().readValue(yaml, WorkerConfig.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read worker config " + file + ": " + e.getMessage(), e);
    }
  }

  /** The step policies: defaults with this configuration's overrides. */
  public StepPolicies stepPolicies() {
    return StepPolicies.defaults().withOverrides(policies);
  }

  /** How the adapters reach the downstream systems. */
  public DownstreamConfig downstream() {
    DownstreamConfig config = DownstreamConfig.defaults();
    if (downstreamUrl != null) {
      config = config.withEndpoints(Endpoints.all(downstreamUrl));
    }
    if (paymentPoll != null) {
      config =
          config.withPolling(
              paymentPoll.backoff(),
              paymentPoll.heartbeatInterval() != null
                  ? paymentPoll.heartbeatInterval()
                  : config.heartbeatInterval());
    }
    return config;
  }

  /** The pool settings of one queue (SDK defaults when not configured). */
  public QueueSettings queue(String taskQueue) {
    return queues.getOrDefault(taskQueue, QueueSettings.SDK_DEFAULTS);
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
