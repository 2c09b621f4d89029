package dev.ordersaga.api.temporal;

import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;

/** How the application gets its Temporal client: from configuration, or a test environment's. */
@FunctionalInterface
public interface TemporalConnector {
  /**
   * The client; one built here carries the trace context of its calls ({@code
   * TemporalTracing.client}).
   */
  WorkflowClient connect(
      TemporalFactory factory, LifecycleEnvironment lifecycle, OpenTelemetry openTelemetry);

  /** Connects to the configured server. */
  static TemporalConnector fromConfiguration() {
    return TemporalFactory::build;
  }
}
