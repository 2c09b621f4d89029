package dev.ordersaga.api;

import com.uber.m3.tally.Scope;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.ArrayList;
import java.util.List;

/** The whole API application for tests: {@code config.yml}, random ports, a test Temporal. */
final class ApiApps {
  private ApiApps() {}

  /**
   * The application talking to {@code temporal}, with the dev switch and the development service
   * token, logging at WARN and {@code overrides} on top.
   */
  static DropwizardAppExtension<OrderApiConfiguration> against(
      TestWorkflowEnvironment temporal, ConfigOverride... overrides) {
    List<ConfigOverride> all = new ArrayList<>();
    all.add(ConfigOverride.config("server.applicationConnectors[0].port", "0"));
    all.add(ConfigOverride.config("server.adminConnectors[0].port", "0"));
    all.add(ConfigOverride.config("dev", "true"));
    all.add(ConfigOverride.config("auth.serviceToken", "dev-service-token"));
    all.add(ConfigOverride.config("logging.level", "WARN"));
    all.addAll(List.of(overrides));
    return new DropwizardAppExtension<>(
        new DropwizardTestSupport<>(
            OrderApiApplication.class, "config.yml", all.toArray(ConfigOverride[]::new)) {
          @Override
          public OrderApiApplication newApplication() {
            return new OrderApiApplication(
                (factory, lifecycle, metrics, tracing) -> clientOf(temporal, lifecycle, metrics));
          }
        });
  }

  /**
   * A client of {@code temporal}'s in-memory server whose own stubs report to {@code metrics}, as
   * the configured client's do.
   */
  private static WorkflowClient clientOf(
      TestWorkflowEnvironment temporal, LifecycleEnvironment lifecycle, Scope metrics) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setChannel(temporal.getWorkflowServiceStubs().getRawChannel())
                .setMetricsScope(metrics)
                .build());
    lifecycle.manage(
        new Managed() {
          @Override
          public void stop() {
            stubs.shutdown();
          }
        });
    return WorkflowClient.newInstance(stubs, temporal.getWorkflowClient().getOptions());
  }
}
