package dev.ordersaga.connection;

import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.envconfig.ClientConfigTLS;
import io.temporal.envconfig.LoadClientConfigProfileOptions;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a worker or the API finds Temporal and how it proves itself, through Temporal's environment
 * configuration ({@code temporal-envconfig}, read as the {@code temporal} CLI reads it): the
 * application's configured address and namespace, overridden by the active profile of the profile
 * file ({@code TEMPORAL_CONFIG_FILE}, default {@code ~/.config/temporalio/temporal.toml}; profile
 * {@code TEMPORAL_PROFILE}, default {@code default}), overridden in turn by the {@code TEMPORAL_*}
 * variables: {@code TEMPORAL_ADDRESS}, {@code TEMPORAL_NAMESPACE}, {@code TEMPORAL_API_KEY}, {@code
 * TEMPORAL_TLS_CLIENT_CERT_PATH} + {@code TEMPORAL_TLS_CLIENT_KEY_PATH} (mTLS, PEM files), {@code
 * TEMPORAL_TLS_SERVER_CA_CERT_PATH}, {@code TEMPORAL_TLS_SERVER_NAME} and the rest. Neither key nor
 * certificate means plaintext, as the local dev server expects. The former {@code
 * TEMPORAL_TLS_CERT} and {@code TEMPORAL_TLS_KEY} still work, with a warning.
 */
public final class ClusterAccess {
  private static final Logger log = LoggerFactory.getLogger(ClusterAccess.class);
  private static final Map<String, String> RENAMED =
      Map.of(
          "TEMPORAL_TLS_CERT", "TEMPORAL_TLS_CLIENT_CERT_PATH",
          "TEMPORAL_TLS_KEY", "TEMPORAL_TLS_CLIENT_KEY_PATH");

  private final ClientConfigProfile profile;
  private final String address;
  private final String namespace;

  private ClusterAccess(ClientConfigProfile profile, String address, String namespace) {
    this.profile = profile;
    this.address = address;
    this.namespace = namespace;
  }

  /**
   * The connection the application's {@code address} and {@code namespace} give, with the profile
   * file and the {@code TEMPORAL_*} variables of {@code environment} applied over them.
   *
   * @throws IllegalArgumentException when the profile file cannot be read, the chosen profile does
   *     not exist, or a client certificate comes without its key (or the other way round)
   */
  public static ClusterAccess load(
      String address, String namespace, Map<String, String> environment) {
    ClientConfigProfile profile;
    try {
      profile =
          ClientConfigProfile.load(
              LoadClientConfigProfileOptions.newBuilder()
                  .setEnvOverrides(withRenamedVariables(environment))
                  .build());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the Temporal profile file: " + e.getMessage(), e);
    }
    ClientConfigTLS tls = profile.getTls();
    if (tls != null && hasClientCert(tls) != hasClientKey(tls)) {
      throw new IllegalArgumentException(
          "a TLS client certificate and its key go together: set both"
              + " TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH"
              + " (formerly TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY) or neither");
    }
    return new ClusterAccess(
        profile, pick(profile.getAddress(), address), pick(profile.getNamespace(), namespace));
  }

  /** The frontend's host:port. */
  public String address() {
    return address;
  }

  /** The namespace the client works in. */
  public String namespace() {
    return namespace;
  }

  /** Whether the connection uses TLS. */
  public boolean secured() {
    ClientConfigTLS tls = profile.getTls();
    return present(profile.getApiKey()) || (tls != null && !Boolean.FALSE.equals(tls.isDisabled()));
  }

  /**
   * Service stub options with the target, TLS and credentials set, for the caller to add to.
   *
   * @throws UncheckedIOException naming the files when a certificate or key cannot be read
   */
  public WorkflowServiceStubsOptions.Builder stubsOptions() {
    WorkflowServiceStubsOptions options;
    try {
      options = profile.toWorkflowServiceStubsOptions();
    } catch (RuntimeException e) {
      ClientConfigTLS tls = profile.getTls();
      throw new UncheckedIOException(
          "cannot read the TLS client certificate "
              + tls.getClientCertPath()
              + " or key "
              + tls.getClientKeyPath()
              + " or server CA "
              + tls.getServerCACertPath(),
          e.getCause() instanceof IOException io ? io : new IOException(e));
    }
    return WorkflowServiceStubsOptions.newBuilder(options).setTarget(address);
  }

  @Override
  public String toString() {
    ClientConfigTLS tls = profile.getTls();
    return "ClusterAccess[address="
        + address
        + ", namespace="
        + namespace
        + ", apiKey="
        + (present(profile.getApiKey()) ? "***" : "none")
        + ", tlsCert="
        + (tls == null ? null : tls.getClientCertPath())
        + "]";
  }

  private static Map<String, String> withRenamedVariables(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    RENAMED.forEach(
        (former, current) -> {
          if (present(environment.get(former)) && !environment.containsKey(current)) {
            log.warn("{} is deprecated: set {} instead", former, current);
            env.put(current, environment.get(former));
          }
        });
    return env;
  }

  private static boolean hasClientCert(ClientConfigTLS tls) {
    return present(tls.getClientCertPath()) || hasData(tls.getClientCertData());
  }

  private static boolean hasClientKey(ClientConfigTLS tls) {
    return present(tls.getClientKeyPath()) || hasData(tls.getClientKeyData());
  }

  private static boolean hasData(byte[] data) {
    return data != null && data.length > 0;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String pick(String override, String configured) {
    return present(override) ? override : configured;
  }
}
