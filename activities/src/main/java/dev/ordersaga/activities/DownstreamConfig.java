package dev.ordersaga.activities;

import dev.ordersaga.activities.http.HttpTimeouts;
import dev.ordersaga.activities.payments.PollBackoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How the adapters reach the downstream systems.
 *
 * @param endpoints the base URL of each system
 * @param timeouts per HTTP call; the call timeout must stay below the shortest start-to-close
 *     timeout of the step policies (10 s for {@code PaymentStatus.check})
 * @param paymentPoll the backoff between status polls of {@code PaymentStatus.await}
 * @param heartbeatInterval the longest time {@code PaymentStatus.await} goes without a heartbeat;
 *     must stay below the heartbeat timeout of its step policy (30 s)
 */
public record DownstreamConfig(
    Endpoints endpoints,
    HttpTimeouts timeouts,
    PollBackoff paymentPoll,
    Duration heartbeatInterval) {

  public DownstreamConfig {
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(paymentPoll, "paymentPoll");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
      throw new IllegalArgumentException(
          "heartbeatInterval must be positive: " + heartbeatInterval);
    }
  }

  /**
   * Every system on the sandbox ({@code http://127.0.0.1:8090}); connect 2 s, read 5 s, call 8 s;
   * polls 1 s doubling to 30 s; a heartbeat at least every 10 s.
   */
  public static DownstreamConfig defaults() {
    return new DownstreamConfig(
        Endpoints.all(Endpoints.SANDBOX),
        HttpTimeouts.defaults(),
        PollBackoff.defaults(),
        Duration.ofSeconds(10));
  }

  /** This configuration with every system at {@code endpoints}. */
  public DownstreamConfig withEndpoints(Endpoints endpoints) {
    return new DownstreamConfig(endpoints, timeouts, paymentPoll, heartbeatInterval);
  }

  /** This configuration with another payment poll backoff and heartbeat interval. */
  public DownstreamConfig withPolling(PollBackoff paymentPoll, Duration heartbeatInterval) {
    return new DownstreamConfig(endpoints, timeouts, paymentPoll, heartbeatInterval);
  }
}
