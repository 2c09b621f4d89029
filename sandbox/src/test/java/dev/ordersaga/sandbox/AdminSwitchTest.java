package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.sandbox.support.SandboxExtension;
import io.dropwizard.testing.ConfigOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminSwitchTest {
  @RegisterExtension
  static final SandboxExtension APP =
      SandboxExtension.inMemory(ConfigOverride.config("adminEndpoints", "false"));

  @Test
  void withTheSwitchOffNoAdminEndpointIsServed() {
    assertThat(APP.client().get("/admin/state").status()).isEqualTo(404);
    assertThat(APP.client().put("/admin/stock", "{\"SKU-1\":5}").status()).isEqualTo(404);
  }
}
