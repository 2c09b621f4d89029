package dev.ordersaga.api.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/**
 * The benchmark-only synchronous baseline ({@code POST /bench/sync-orders}). Off unless {@code
 * enabled}: a production API never runs a step itself.
 */
public final class SyncBaselineConfiguration {
  private boolean enabled;
  @NotNull private String downstreamUrl = "http://127.0.0.1:8090";
  @NotNull private Duration paymentPollInterval = Duration.milliseconds(50);
  @NotNull private Duration paymentWindow = Duration.seconds(30);
  @NotNull private Duration callTimeout = Duration.seconds(10);

  /** Whether {@code POST /bench/sync-orders} is registered at all. */
  @JsonProperty
  public boolean isEnabled() {
    return enabled;
  }

  @JsonProperty
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Base URL of the downstream systems (the sandbox) the baseline calls inline. */
  @JsonProperty
  public String getDownstreamUrl() {
    return downstreamUrl;
  }

  @JsonProperty
  public void setDownstreamUrl(String downstreamUrl) {
    this.downstreamUrl = downstreamUrl;
  }

  /** How often the baseline asks whether the payment settled, the first time at once. */
  @JsonProperty
  public Duration getPaymentPollInterval() {
    return paymentPollInterval;
  }

  @JsonProperty
  public void setPaymentPollInterval(Duration paymentPollInterval) {
    this.paymentPollInterval = paymentPollInterval;
  }

  /** How long the baseline waits for the payment to settle before it gives up. */
  @JsonProperty
  public Duration getPaymentWindow() {
    return paymentWindow;
  }

  @JsonProperty
  public void setPaymentWindow(Duration paymentWindow) {
    this.paymentWindow = paymentWindow;
  }

  /** The timeout of each downstream call. */
  @JsonProperty
  public Duration getCallTimeout() {
    return callTimeout;
  }

  @JsonProperty
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }
}
