package dev.ordersaga.api;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
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
                (factory, lifecycle, tracing) -> temporal.getWorkflowClient());
          }
        });
  }
}
