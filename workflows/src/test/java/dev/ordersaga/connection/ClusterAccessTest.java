package dev.ordersaga.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterAccessTest {
  @TempDir Path dir;

  @Test
  void nothingConfiguredMeansPlaintextForTheDevServer() {
    ClusterAccess access = load(Map.of());

    WorkflowServiceStubsOptions options = access.stubsOptions().build();

    assertThat(access.secured()).isFalse();
    assertThat(options.getEnableHttps()).isFalse();
    assertThat(options.getTarget()).isEqualTo("127.0.0.1:7233");
    assertThat(access.namespace()).isEqualTo("default");
  }

  @Test
  void apiKeyTurnsOnTlsAndIsNeverPrinted() {
    ClusterAccess access = load(Map.of("TEMPORAL_API_KEY", "secret-key"));

    WorkflowServiceStubsOptions options = access.stubsOptions().build();

    assertThat(access.secured()).isTrue();
    assertThat(options.getEnableHttps()).isTrue();
    assertThat(access.toString()).doesNotContain("secret-key");
  }

  @Test
  void emptyApiKeyMeansNoneAsTheKubernetesSecretShipsIt() {
    ClusterAccess access = load(Map.of("TEMPORAL_API_KEY", "", "TEMPORAL_ADDRESS", ""));

    assertThat(access.secured()).isFalse();
    assertThat(access.stubsOptions().build().getEnableHttps()).isFalse();
    assertThat(access.address()).isEqualTo("127.0.0.1:7233");
  }

  @Test
  void temporalAddressAndNamespaceVariablesOverrideTheConfiguredOnes() {
    ClusterAccess access =
        load(Map.of("TEMPORAL_ADDRESS", "ns.tmprl.cloud:7233", "TEMPORAL_NAMESPACE", "orders"));

    assertThat(access.address()).isEqualTo("ns.tmprl.cloud:7233");
    assertThat(access.stubsOptions().build().getTarget()).isEqualTo("ns.tmprl.cloud:7233");
    assertThat(access.namespace()).isEqualTo("orders");
  }

  @Test
  void profileFileOverridesTheConfiguredValuesAndVariablesOverrideTheProfile() throws IOException {
    Path toml = dir.resolve("temporal.toml");
    Files.writeString(
        toml,
        """
        [profile.staging]
        address = "staging.example:7233"
        namespace = "orders-staging"
        """);

    ClusterAccess access =
        load(
            Map.of(
                "TEMPORAL_CONFIG_FILE", toml.toString(),
                "TEMPORAL_PROFILE", "staging",
                "TEMPORAL_NAMESPACE", "orders-override"));

    assertThat(access.address()).isEqualTo("staging.example:7233");
    assertThat(access.namespace()).isEqualTo("orders-override");
  }

  @Test
  void certificateWithoutKeyIsRefusedNamingBoth() {
    assertThatThrownBy(
            () -> load(Map.of("TEMPORAL_TLS_CLIENT_CERT_PATH", "/etc/temporal/client.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEMPORAL_TLS_CLIENT_CERT_PATH")
        .hasMessageContaining("TEMPORAL_TLS_CLIENT_KEY_PATH");
  }

  @Test
  void formerCertificateVariableWithoutKeyIsRefusedNamingBoth() {
    assertThatThrownBy(() -> load(Map.of("TEMPORAL_TLS_CERT", "/etc/temporal/client.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEMPORAL_TLS_KEY");
  }

  @Test
  void unreadableCertificateIsReportedByPath() {
    ClusterAccess access =
        load(
            Map.of(
                "TEMPORAL_TLS_CLIENT_CERT_PATH",
                "/nonexistent/client.pem",
                "TEMPORAL_TLS_CLIENT_KEY_PATH",
                "/nonexistent/client.key"));

    assertThat(access.secured()).isTrue();
    assertThatThrownBy(access::stubsOptions).hasMessageContaining("/nonexistent/client.pem");
  }

  @Test
  void formerCertificateVariablesStillSecureTheConnection() {
    ClusterAccess access =
        load(
            Map.of(
                "TEMPORAL_TLS_CERT",
                "/nonexistent/client.pem",
                "TEMPORAL_TLS_KEY",
                "/nonexistent/client.key"));

    assertThat(access.secured()).isTrue();
    assertThatThrownBy(access::stubsOptions).hasMessageContaining("/nonexistent/client.pem");
  }

  /** Loads against the local defaults, with no profile file unless the environment names one. */
  private ClusterAccess load(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("TEMPORAL_CONFIG_FILE", dir.resolve("absent.toml").toString());
    return ClusterAccess.load("127.0.0.1:7233", "default", env);
  }
}
