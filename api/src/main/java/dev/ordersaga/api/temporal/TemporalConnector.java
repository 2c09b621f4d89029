package dev.ordersaga.api.temporal;

import com.uber.m3.tally.Scope;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;

/** How the application gets its Temporal client: from configuration, or a test environment's. */
@FunctionalInterface
public interface TemporalConnector {
  /**
   * A client whose service stubs report the SDK's client metrics ({@code temporal_request_*}, ...)
   * to {@code metrics} and whose calls carry their trace context ({@code TemporalTracing.client});
   * its connection closes with {@code lifecycle}.
   */
  WorkflowClient connect(
      TemporalFactory factory,
      LifecycleEnvironment lifecycle,
      Scope metrics,
      OpenTelemetry openTelemetry);

  /** Connects to the configured server. */
  static TemporalConnector fromConfiguration() {
    return TemporalFactory::build;
  }
}
