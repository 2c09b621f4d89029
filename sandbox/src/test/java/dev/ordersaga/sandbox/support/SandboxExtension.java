package dev.ordersaga.sandbox.support;

import dev.ordersaga.sandbox.SandboxConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One sandbox on its own in-memory database for a test class: started before the class's first
 * test, stopped after its last. Register it in a {@code static} {@code @RegisterExtension} field;
 * test instances take a client with {@link #client()}.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback {
  private final DropwizardTestSupport<SandboxConfiguration> app;

  private SandboxExtension(DropwizardTestSupport<SandboxConfiguration> app) {
    this.app = app;
  }

  /** A sandbox on a fresh in-memory database, {@code test-config.yml} with {@code overrides}. */
  public static SandboxExtension inMemory(ConfigOverride... overrides) {
    return new SandboxExtension(TestApps.support(TestApps.inMemoryDatabase(), overrides));
  }

  /**
   * A client of the running sandbox.
   *
   * @throws NullPointerException before the sandbox started
   */
  public SandboxClient client() {
    return new SandboxClient(app.getLocalPort());
  }

  /**
   * A client of the running sandbox's admin port ({@code /healthcheck}, {@code /prometheus}).
   *
   * @throws NullPointerException before the sandbox started
   */
  public SandboxClient adminClient() {
    return new SandboxClient(app.getAdminPort());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    app.before();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    app.after();
  }
}
