package dev.ordersaga.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** The {@code shipping} section: the carrier's own slowness. */
public final class ShippingSettings {
  @NotNull private Duration latency = Duration.milliseconds(0);

  /** Added to every {@code POST /shipments}, before anything is created (a slow carrier). */
  @JsonProperty
  public Duration getLatency() {
    return latency;
  }

  @JsonProperty
  public void setLatency(Duration latency) {
    this.latency = latency;
  }
}
