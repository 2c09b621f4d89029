package dev.ordersaga.connection;

import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a worker or the API proves itself to a secured Temporal cluster (Temporal Cloud, or a
 * self-hosted cluster with TLS): an API key ({@code TEMPORAL_API_KEY}) and/or an mTLS client
 * certificate ({@code TEMPORAL_TLS_CERT} and {@code TEMPORAL_TLS_KEY}: PEM files, the key in
 * PKCS#8). None set means plaintext, as the local dev server expects.
 */
public record ClusterAccess(String apiKey, Path tlsCert, Path tlsKey) {

  public ClusterAccess {
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new IllegalArgumentException(
          "TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together; got cert="
              + tlsCert
              + ", key="
              + tlsKey);
    }
  }

  /** Reads {@code TEMPORAL_API_KEY}, {@code TEMPORAL_TLS_CERT} and {@code TEMPORAL_TLS_KEY}. */
  public static ClusterAccess fromEnvironment(Map<String, String> environment) {
    return new ClusterAccess(
        environment.get("TEMPORAL_API_KEY"),
        path(environment.get("TEMPORAL_TLS_CERT")),
        path(environment.get("TEMPORAL_TLS_KEY")));
  }

  /** Whether the connection uses TLS. */
  public boolean secured() {
    return apiKey != null || tlsCert != null;
  }

  /**
   * The options with TLS and credentials applied.
   *
   * @throws UncheckedIOException naming the file when a certificate or key cannot be read
   */
  public WorkflowServiceStubsOptions.Builder applyTo(WorkflowServiceStubsOptions.Builder options) {
    if (tlsCert != null) {
      try (InputStream cert = Files.newInputStream(tlsCert);
          InputStream key = Files.newInputStream(tlsKey)) {
        options.setSslContext(SimpleSslContextBuilder.forPKCS8(cert, key).build());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the TLS client certificate " + tlsCert + " or key " + tlsKey, e);
      }
    }
    if (apiKey != null) {
      String key = apiKey;
      options.setEnableHttps(true).addApiKey(() -> key);
    }
    return options;
  }

  @Override
  public String toString() {
    return "ClusterAccess[apiKey="
        + (apiKey == null ? "none" : "***")
        + ", tlsCert="
        + tlsCert
        + "]";
  }

  private static Path path(String value) {
    return value == null || value.isBlank() ? null : Path.of(value);
  }
}
