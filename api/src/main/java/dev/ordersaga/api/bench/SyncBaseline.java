package dev.ordersaga.api.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;

/** Builds the baseline's resource from its configuration. */
public final class SyncBaseline {
  private SyncBaseline() {}

  /** The resource of {@code POST /bench/sync-orders}, calling downstream with {@code json}. */
  public static SyncOrdersResource resource(SyncBaselineConfiguration config, ObjectMapper json) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.getCallTimeout().toJavaDuration())
            .build();
    return new SyncOrdersResource(
        new SyncOrderSteps(
            http,
            json,
            URI.create(config.getDownstreamUrl()),
            config.getPaymentPollInterval().toJavaDuration(),
            config.getPaymentWindow().toJavaDuration(),
            config.getCallTimeout().toJavaDuration()));
  }
}
