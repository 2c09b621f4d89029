package dev.ordersaga.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterAccessTest {

  @Test
  void nothingConfiguredMeansPlaintextForTheDevServer() {
    ClusterAccess access = ClusterAccess.fromEnvironment(Map.of());

    WorkflowServiceStubsOptions options =
        access
            .applyTo(WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:7233"))
            .build();

    assertThat(access.secured()).isFalse();
    assertThat(options.getEnableHttps()).isFalse();
  }

  @Test
  void apiKeyTurnsOnTlsAndIsNeverPrinted() {
    ClusterAccess access = ClusterAccess.fromEnvironment(Map.of("TEMPORAL_API_KEY", "secret-key"));

    WorkflowServiceStubsOptions options =
        access
            .applyTo(WorkflowServiceStubsOptions.newBuilder().setTarget("ns.tmprl.cloud:7233"))
            .build();

    assertThat(access.secured()).isTrue();
    assertThat(options.getEnableHttps()).isTrue();
    assertThat(access.toString()).doesNotContain("secret-key");
  }

  @Test
  void certificateWithoutKeyIsRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                ClusterAccess.fromEnvironment(
                    Map.of("TEMPORAL_TLS_CERT", "/etc/temporal/client.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEMPORAL_TLS_KEY");
  }

  @Test
  void unreadableCertificateIsReportedByPath() {
    ClusterAccess access =
        ClusterAccess.fromEnvironment(
            Map.of(
                "TEMPORAL_TLS_CERT",
                "/nonexistent/client.pem",
                "TEMPORAL_TLS_KEY",
                "/nonexistent/client.key"));

    assertThatThrownBy(() -> access.applyTo(WorkflowServiceStubsOptions.newBuilder()))
        .hasMessageContaining("/nonexistent/client.pem");
  }
}
