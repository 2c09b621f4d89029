package dev.ordersaga.activities;

import dev.ordersaga.activities.http.HttpTimeouts;
import dev.ordersaga.activities.payments.PollerSettings;
import java.util.Objects;

/**
 * How the adapters reach the downstream systems.
 *
 * @param endpoints the base URL of each system
 * @param timeouts per HTTP call; the call timeout must stay below the shortest start-to-close
 *     timeout of the step policies (10 s for {@code PaymentStatus.check})
 * @param paymentWait how the worker's payment poller reads and heartbeats waiting payments
 */
public record DownstreamConfig(
    Endpoints endpoints, HttpTimeouts timeouts, PollerSettings paymentWait) {

  public DownstreamConfig {
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(paymentWait, "paymentWait");
  }

  /**
   * Every system on the sandbox ({@code http://127.0.0.1:8090}); connect 2 s, read 5 s, call 8 s;
   * the payment poller's defaults ({@link PollerSettings#defaults()}).
   */
  public static DownstreamConfig defaults() {
    return new DownstreamConfig(
        Endpoints.all(Endpoints.SANDBOX), HttpTimeouts.defaults(), PollerSettings.defaults());
  }

  /** This configuration with every system at {@code endpoints}. */
  public DownstreamConfig withEndpoints(Endpoints endpoints) {
    return new DownstreamConfig(endpoints, timeouts, paymentWait);
  }

  /** This configuration with other payment poller settings. */
  public DownstreamConfig withPaymentWait(PollerSettings paymentWait) {
    return new DownstreamConfig(endpoints, timeouts, paymentWait);
  }
}
