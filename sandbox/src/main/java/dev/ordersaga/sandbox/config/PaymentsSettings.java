package dev.ordersaga.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** The {@code payments} section: how long a payment stays {@code PENDING} before it settles. */
public final class PaymentsSettings {
  @NotNull private Duration settleDelay = Duration.seconds(2);

  /** The delay from charge to settlement of {@code tok_ok} and {@code tok_decline}. */
  @JsonProperty
  public Duration getSettleDelay() {
    return settleDelay;
  }

  @JsonProperty
  public void setSettleDelay(Duration settleDelay) {
    this.settleDelay = settleDelay;
  }
}
