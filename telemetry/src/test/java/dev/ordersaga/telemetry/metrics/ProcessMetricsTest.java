package dev.ordersaga.telemetry.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.temporal.worker.MetricsType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessMetricsTest {
  private final ProcessMetrics metrics = ProcessMetrics.create();

  @AfterEach
  void close() {
    metrics.close();
  }

  @Test
  void aNewRegistryCarriesTheJvmAndSystemMetrics() {
    assertThat(metrics.scrape())
        .contains(
            "jvm_memory_used_bytes{",
            "jvm_threads_live_threads ",
            "jvm_classes_loaded_classes ",
            "jvm_gc_",
            "system_cpu_count ",
            "process_uptime_seconds ");
  }

  @Test
  void scheduleToStartTimersPublishBucketsAndOtherTimersDoNot() {
    record(MetricsType.ACTIVITY_SCHEDULE_TO_START_LATENCY);
    record(MetricsType.WORKFLOW_TASK_SCHEDULE_TO_START_LATENCY);
    record("temporal_activity_execution_latency");

    assertThat(metrics.scrape())
        .contains(
            "temporal_activity_schedule_to_start_latency_seconds_bucket{le=\"0.05\"} 1",
            "temporal_workflow_task_schedule_to_start_latency_seconds_bucket{le=\"300.0\"} 1")
        .doesNotContain("temporal_activity_execution_latency_seconds_bucket");
  }

  private void record(String timer) {
    Timer.builder(timer).register(metrics.registry()).record(Duration.ofMillis(30));
  }
}
