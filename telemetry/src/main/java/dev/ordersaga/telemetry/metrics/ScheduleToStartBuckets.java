package dev.ordersaga.telemetry.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.temporal.worker.MetricsType;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes histogram buckets for the Temporal SDK's schedule-to-start timers (activity and
 * workflow task), so Prometheus can tell a queue that waits for workers per queue and quantile. The
 * buckets span a healthy queue (milliseconds) to a starved one (minutes).
 */
final class ScheduleToStartBuckets implements MeterFilter {
  static final Set<String> TIMERS =
      Set.of(
          MetricsType.ACTIVITY_SCHEDULE_TO_START_LATENCY,
          MetricsType.WORKFLOW_TASK_SCHEDULE_TO_START_LATENCY);

  private static final double[] BUCKETS =
      Stream.of(
              Duration.ofMillis(5),
              Duration.ofMillis(10),
              Duration.ofMillis(25),
              Duration.ofMillis(50),
              Duration.ofMillis(100),
              Duration.ofMillis(250),
              Duration.ofMillis(500),
              Duration.ofSeconds(1),
              Duration.ofMillis(2500),
              Duration.ofSeconds(5),
              Duration.ofSeconds(10),
              Duration.ofSeconds(30),
              Duration.ofMinutes(1),
              Duration.ofMinutes(5))
          .mapToDouble(Duration::toNanos)
          .toArray();

  @Override
  public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
    if (!TIMERS.contains(id.getName())) {
      return config;
    }
    return DistributionStatisticConfig.builder()
        .serviceLevelObjectives(BUCKETS)
        .build()
        .merge(config);
  }
}
