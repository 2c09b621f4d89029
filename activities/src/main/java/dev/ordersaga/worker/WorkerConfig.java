package dev.ordersaga.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.activities.Endpoints;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.policy.StepPolicy;
import dev.ordersaga.order.steps.ActivityTypes;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.validation.BaseValidator;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.lookup.StringLookupFactory;

/**
 * The worker's configuration: where Temporal and the downstream systems are, each queue's pool
 * size, and step policy overrides by activity type (durations in ISO-8601, e.g. {@code PT30S}). The
 * defaults live in code ({@link #defaults()}: {@link TemporalSettings}, {@link
 * DownstreamConfig#defaults()}, the SDK's pools, {@link StepPolicies#defaults()}); a YAML file only
 * overrides them.
 *
 * @param temporal the address and namespace used unless the Temporal profile or the {@code
 *     TEMPORAL_*} variables say otherwise ({@link dev.ordersaga.connection.ClusterAccess})
 * @param downstreamUrl base URL of the downstream systems (the sandbox by default)
 * @param paymentWait every knob of the wait for a payment: its window, heartbeats, polls, batches
 *     and how many payments a worker holds
 * @param queues pool settings by task queue name
 * @param policies step policy overrides by activity type, e.g. {@code Inventory.reserve}
 * @param flow which optional steps new orders leave out ({@code skip: [screen-fraud]}); every
 *     worker of one deployment version must say the same
 */
public record WorkerConfig(
    @Valid TemporalSettings temporal,
    String downstreamUrl,
    @Valid PaymentWaitSettings paymentWait,
    Map<String, @Valid QueueSettings> queues,
    Map<String, StepPolicy> policies,
    FlowSettings flow) {

  public WorkerConfig {
    temporal = temporal == null ? new TemporalSettings(null, null) : temporal;
    downstreamUrl = downstreamUrl == null || downstreamUrl.isBlank() ? null : downstreamUrl;
    paymentWait = paymentWait == null ? PaymentWaitSettings.NONE : paymentWait;
    queues = queues == null ? Map.of() : Map.copyOf(queues);
    policies = policies == null ? Map.of() : Map.copyOf(policies);
    flow = flow == null ? FlowSettings.ALL_STEPS : flow;
    for (String queue : queues.keySet()) {
      if (!TaskQueues.ALL.contains(queue)) {
        throw new IllegalArgumentException(
            "unknown task queue in worker config: " + queue + "; known: " + TaskQueues.ALL);
      }
    }
  }

  /** Every default: local Temporal, the local sandbox, SDK pool sizes, default policies. */
  public static WorkerConfig defaults() {
    return new WorkerConfig(null, null, null, null, null, null);
  }

  /**
   * Reads a YAML file with Dropwizard's configuration factory, substituting {@code ${NAME}} and
   * {@code ${NAME:-default}} from {@code environment} (an empty value counts as unset), and
   * validates it.
   *
   * @throws IllegalArgumentException naming the file, and the key when there is one, when the file
   *     cannot be read, refers to an unset variable without default, has an unknown key or an
   *     invalid value; naming both keys when two settings of the payment wait disagree ({@link
   *     #check()})
   */
  public static WorkerConfig load(Path file, Map<String, String> environment) {
    WorkerConfig config = read(file, environment);
    try {
      config.check();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("worker config " + file + ": " + e.getMessage(), e);
    }
    return config;
  }

  /**
   * Checks the settings that depend on each other: the payment wait's heartbeat interval below its
   * heartbeat timeout, its longest poll wait and its heartbeat timeout below its window, and that
   * the window and heartbeat timeout of {@code PaymentStatus.await} are set in {@code paymentWait}
   * only.
   *
   * @throws IllegalArgumentException naming each pair that disagrees, with both values
   */
  public void check() {
    List<String> disagreements =
        paymentWait.disagreements(stepPolicies().policy(ActivityTypes.AWAIT_PAYMENT));
    if (!disagreements.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", disagreements));
    }
  }

  /** As {@link #load} without {@link #check()}: one setting alone, for tests of the file. */
  static WorkerConfig read(Path file, Map<String, String> environment) {
    try {
      return new YamlConfigurationFactory<>(
              WorkerConfig.class, BaseValidator.newValidator(), mapper(), "worker")
          .build(
              new SubstitutingSourceProvider(
                  new FileConfigurationSourceProvider(), substitutor(environment)),
              file.toString());
    } catch (ConfigurationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read worker config " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The step policies: defaults with this configuration's overrides, the payment window and
   * heartbeat timeout from {@code paymentWait}.
   *
   * @throws IllegalArgumentException when {@code policies} sets the schedule-to-close or heartbeat
   *     timeout of {@code PaymentStatus.await}, which belong to {@code paymentWait}
   */
  public StepPolicies stepPolicies() {
    StepPolicy await = policies.get(ActivityTypes.AWAIT_PAYMENT);
    if (await != null && (await.scheduleToClose() != null || await.heartbeat() != null)) {
      throw new IllegalArgumentException(
          "policies."
              + ActivityTypes.AWAIT_PAYMENT
              + ": set the payment window and heartbeat timeout as paymentWait.window and"
              + " paymentWait.heartbeatTimeout");
    }
    return StepPolicies.defaults()
        .withOverrides(policies)
        .withOverrides(Map.of(ActivityTypes.AWAIT_PAYMENT, paymentWait.awaitPolicy()));
  }

  /** How the adapters reach the downstream systems. */
  public DownstreamConfig downstream() {
    DownstreamConfig config = DownstreamConfig.defaults();
    if (downstreamUrl != null) {
      config = config.withEndpoints(Endpoints.all(downstreamUrl));
    }
    return config.withPaymentWait(paymentWait.poller());
  }

  /** The pool settings of one queue (SDK defaults when not configured). */
  public QueueSettings queue(String taskQueue) {
    return queues.getOrDefault(taskQueue, QueueSettings.SDK_DEFAULTS);
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule());
  }

  private static EnvironmentVariableSubstitutor substitutor(Map<String, String> environment) {
    EnvironmentVariableSubstitutor substitutor = new EnvironmentVariableSubstitutor(true);
    substitutor.setVariableResolver(
        StringLookupFactory.INSTANCE.functionStringLookup(
            name -> {
              String value = environment.get(name);
              return value == null || value.isEmpty() ? null : value;
            }));
    return substitutor;
  }
}
