package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.interceptors.Probe;
import dev.ordersaga.activities.interceptors.ProbeEnvironment;
import dev.ordersaga.activities.interceptors.ProbeWorkflow;
import dev.ordersaga.activities.testing.Conditions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker's {@code GET /metrics} after it ran one activity on the in-memory server. */
class WorkerMetricsTest {
  private static final String QUEUE = "metrics-probe";

  private final WorkerMetrics metrics = new WorkerMetrics();
  private TestWorkflowEnvironment env;
  private WorkerHttpServer http;

  @BeforeEach
  void start() {
    env = ProbeEnvironment.start(metrics.scope(), QUEUE, new Probe.Recording());
    http =
        WorkerHttpServer.start(
            "127.0.0.1",
            0,
            env.getWorkflowServiceStubs(),
            () -> WorkerStarter.State.POLLING,
            metrics);
  }

  @AfterEach
  void stop() {
    http.close();
    env.close();
    metrics.close();
  }

  @Test
  void metricsShowTheJvmTheQueuesScheduleToStartBucketsAndEachActivityCall()
      throws InterruptedException {
    env.getWorkflowClient()
        .newWorkflowStub(
            ProbeWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId("probe-1").setTaskQueue(QUEUE).build())
        .run(0);

    Conditions.await(
        "the activity's schedule-to-start bucket and call count scraped",
        Duration.ofSeconds(10),
        () ->
            scrape().contains("temporal_activity_schedule_to_start_latency_seconds_bucket{")
                && scrape().contains("order_saga_activity_calls_total{"));
    String scraped = scrape();
    assertThat(scraped)
        .contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ", "process_uptime_seconds ")
        .containsPattern(
            "temporal_activity_schedule_to_start_latency_seconds_bucket\\{[^}]*task_queue=\""
                + QUEUE
                + "\"")
        .containsPattern(
            "temporal_workflow_task_schedule_to_start_latency_seconds_bucket\\{[^}]*le=\"0.1\"")
        .containsPattern(
            "order_saga_activity_calls_total\\{[^}]*outcome=\"success\"[^}]*task_queue=\""
                + QUEUE
                + "\"")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\""
                + "[^}]*uri=\"/metrics\"");
  }

  private String scrape() {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/metrics"))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
