package dev.ordersaga.api.temporal;

import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.temporal.client.WorkflowClient;

/** How the application gets its Temporal client: from configuration, or a test environment's. */
@FunctionalInterface
public interface TemporalConnector {
  WorkflowClient connect(TemporalFactory factory, LifecycleEnvironment lifecycle);

  /** Connects to the configured server. */
  static TemporalConnector fromConfiguration() {
    return TemporalFactory::build;
  }
}
