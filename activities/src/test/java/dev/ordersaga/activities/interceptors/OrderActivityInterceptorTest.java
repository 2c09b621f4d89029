package dev.ordersaga.activities.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.activities.testing.Conditions;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.telemetry.LogFields;
import dev.ordersaga.telemetry.metrics.MetricNames;
import dev.ordersaga.telemetry.metrics.TemporalMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderActivityInterceptorTest {
  private static final String QUEUE = "probe";

  /** The MDC keys the SDK sets for an activity attempt, which {@code logback.xml} prints. */
  private static final String SDK_ACTIVITY_TYPE = "ActivityType";

  private static final String SDK_ATTEMPT = "Attempt";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Probe.Recording probe = new Probe.Recording();
  private TestWorkflowEnvironment env;

  @BeforeEach
  void startWorker() {
    env = ProbeEnvironment.start(TemporalMetrics.scope(registry), QUEUE, probe);
  }

  @AfterEach
  void stop() {
    env.close();
  }

  @Test
  void eachAttemptOfAnOrdersActivityLogsItsOrderWorkflowAndStepBesideTheSdksTypeAndAttempt() {
    run(OrderIds.workflowId("o-42"), 1);

    assertThat(probe.seen())
        .hasSize(2)
        .allSatisfy(
            mdc ->
                assertThat(mdc)
                    .containsEntry(LogFields.ORDER_ID, "o-42")
                    .containsEntry(LogFields.WORKFLOW_ID, "order-o-42")
                    .containsEntry(LogFields.STEP, Probe.STEP)
                    .containsEntry(SDK_ACTIVITY_TYPE, Probe.TYPE));
    assertThat(probe.seen()).extracting(mdc -> mdc.get(SDK_ATTEMPT)).containsExactly("1", "2");
  }

  @Test
  void theJsonLineOfAnAttemptCarriesItsOrderWorkflowAndStep() {
    List<JsonNode> lines;
    try (JsonLogCapture capture = new JsonLogCapture(Probe.class)) {
      run(OrderIds.workflowId("o-44"), 0);
      lines = capture.lines();
    }

    assertThat(lines)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.path("message").asText()).isEqualTo("attempt 1");
              JsonNode mdc = line.path("mdc");
              assertThat(mdc.path(LogFields.ORDER_ID).asText()).isEqualTo("o-44");
              assertThat(mdc.path(LogFields.WORKFLOW_ID).asText()).isEqualTo("order-o-44");
              assertThat(mdc.path(LogFields.STEP).asText()).isEqualTo(Probe.STEP);
              assertThat(mdc.path(SDK_ATTEMPT).asText()).isEqualTo("1");
            });
  }

  @Test
  void anActivityOfAWorkflowThatIsNoOrderLogsWithoutAnOrderId() {
    run("payment-holder-w1", 0);

    assertThat(probe.seen())
        .singleElement()
        .satisfies(
            mdc ->
                assertThat(mdc)
                    .doesNotContainKey(LogFields.ORDER_ID)
                    .containsEntry(LogFields.WORKFLOW_ID, "payment-holder-w1"));
  }

  @Test
  void everyAttemptIsCountedByActivityTypeTaskQueueAndOutcome() throws InterruptedException {
    run(OrderIds.workflowId("o-43"), 2);

    Conditions.await(
        "two failed attempts and one success counted",
        Duration.ofSeconds(5),
        () -> count(Probe.FAILURE_TYPE) == 2.0 && count(ActivityCalls.SUCCESS) == 1.0);
  }

  private void run(String workflowId, int failures) {
    env.getWorkflowClient()
        .newWorkflowStub(
            ProbeWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(QUEUE).build())
        .run(failures);
  }

  private double count(String outcome) {
    Counter counter =
        registry
            .find(MetricNames.ACTIVITY_CALLS)
            .tags("activity_type", Probe.TYPE, "task_queue", QUEUE, MetricNames.OUTCOME, outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
