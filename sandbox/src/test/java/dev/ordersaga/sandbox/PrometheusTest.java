package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrometheusTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  @Test
  void theAdminPortServesJvmJettyAndPerRouteRequestMetrics() {
    APP.client().get("/inventory/stock/SKU-1");

    Reply scrape = APP.adminClient().get("/prometheus");

    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(scrape.body())
        .contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ", "jetty_threads_busy ")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/inventory/stock/\\{sku}\"");
  }
}
