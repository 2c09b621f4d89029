package dev.ordersaga.sandbox.support;

import dev.ordersaga.sandbox.SandboxApplication;
import dev.ordersaga.sandbox.SandboxConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sandbox instances for tests: random ports, their own database, {@code test-config.yml}. */
public final class TestApps {
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private TestApps() {}

  /** A fresh in-memory database URL, private to one test class. */
  public static String inMemoryDatabase() {
    return "jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS;
  }

  /** A database file under {@code directory}, surviving application restarts. */
  public static String fileDatabase(Path directory) {
    return "jdbc:h2:file:" + directory.resolve("sandbox").toAbsolutePath() + H2_OPTIONS;
  }

  /** A manually started app on {@code databaseUrl}, with further overrides. */
  public static DropwizardTestSupport<SandboxConfiguration> support(
      String databaseUrl, ConfigOverride... overrides) {
    return new DropwizardTestSupport<>(
        SandboxApplication.class, configPath(), overrides(databaseUrl, overrides));
  }

  private static String configPath() {
    return ResourceHelpers.resourceFilePath("test-config.yml");
  }

  private static ConfigOverride[] overrides(String databaseUrl, ConfigOverride... extra) {
    List<ConfigOverride> all = new ArrayList<>();
    all.add(ConfigOverride.config("server.applicationConnectors[0].port", "0"));
    all.add(ConfigOverride.config("server.adminConnectors[0].port", "0"));
    all.add(ConfigOverride.config("database.url", databaseUrl));
    all.addAll(List.of(extra));
    return all.toArray(ConfigOverride[]::new);
  }
}
