package dev.ordersaga.telemetry.metrics;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;

/**
 * The Temporal SDK's metrics ({@code temporal_*}: requests, polls, schedule-to-start latency,
 * sticky cache) and the workflow and activity counters a process's code adds, reported into a
 * Micrometer registry. Give the scope to {@code WorkflowServiceStubsOptions.setMetricsScope}.
 */
public final class TemporalMetrics {
  /** How often the scope hands what it counted to the registry. */
  public static final Duration REPORT_EVERY = Duration.ofSeconds(1);

  private TemporalMetrics() {}

  /** A scope reporting into {@code registry} every {@link #REPORT_EVERY}. */
  public static Scope scope(MeterRegistry registry) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(REPORT_EVERY);
  }
}
