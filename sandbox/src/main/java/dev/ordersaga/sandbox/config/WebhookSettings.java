package dev.ordersaga.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** The {@code webhook} section: where and how payment settlements are announced. */
public final class WebhookSettings {
  @NotNull private String callbackUrl = "";
  @NotNull private String secret = "whsec_sandbox";

  @DecimalMin("0.0")
  @DecimalMax("1.0")
  private double dropRate;

  @NotNull private Duration timeout = Duration.seconds(2);

  /** The URL the settlement events are POSTed to; empty (or null) to send none. */
  @JsonProperty
  public String getCallbackUrl() {
    return callbackUrl;
  }

  @JsonProperty
  public void setCallbackUrl(String callbackUrl) {
    this.callbackUrl = callbackUrl == null ? "" : callbackUrl.trim();
  }

  /** The HMAC-SHA256 key of the {@code Payment-Signature} header. */
  @JsonProperty
  public String getSecret() {
    return secret;
  }

  @JsonProperty
  public void setSecret(String secret) {
    this.secret = secret;
  }

  /** The probability, 0 to 1, that an event is silently not sent. */
  @JsonProperty
  public double getDropRate() {
    return dropRate;
  }

  @JsonProperty
  public void setDropRate(double dropRate) {
    this.dropRate = dropRate;
  }

  /** How long one delivery may take, connecting included. */
  @JsonProperty
  public Duration getTimeout() {
    return timeout;
  }

  @JsonProperty
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
