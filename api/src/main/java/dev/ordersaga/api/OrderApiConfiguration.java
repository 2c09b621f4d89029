package dev.ordersaga.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.api.attention.AttentionConfiguration;
import dev.ordersaga.api.auth.AuthConfiguration;
import dev.ordersaga.api.backpressure.BackpressureConfiguration;
import dev.ordersaga.api.limits.LimitsConfiguration;
import dev.ordersaga.api.temporal.TemporalFactory;
import dev.ordersaga.api.webhooks.WebhookConfiguration;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * The API's configuration ({@code api/config.yml}, with {@code ${ENV:-default}} substitution).
 * Secrets (tokens, webhook secrets) live in sub-objects whose {@code toString} never shows them.
 */
public final class OrderApiConfiguration extends Configuration {
  @Valid @NotNull private TemporalFactory temporal = new TemporalFactory();
  @Valid @NotNull private AuthConfiguration auth = new AuthConfiguration();
  @Valid @NotNull private WebhookConfiguration webhooks = new WebhookConfiguration();
  @Valid @NotNull private BackpressureConfiguration backpressure = new BackpressureConfiguration();
  @Valid @NotNull private LimitsConfiguration limits = new LimitsConfiguration();
  @Valid @NotNull private AttentionConfiguration attention = new AttentionConfiguration();

  @NotNull
  @MinDataSize(1024)
  @MaxDataSize(value = 16, unit = io.dropwizard.util.DataSizeUnit.MEBIBYTES)
  private DataSize maxRequestBody = DataSize.kibibytes(64);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.HOURS)
  private Duration pollAfter = Duration.seconds(2);

  private boolean requireIdempotencyKey;

  private boolean dev;

  /**
   * The dev switch ({@code ORDER_SAGA_DEV}, set by {@code make up}): whether the published dev
   * tokens and webhook secret may be used. Off by default, so that an API started without its
   * secrets refuses to start instead of accepting values anyone can read.
   */
  @JsonProperty
  public boolean isDev() {
    return dev;
  }

  @JsonProperty
  public void setDev(boolean dev) {
    this.dev = dev;
  }

  /**
   * Whether the tokens and webhook secrets may be used: never a {@code REPLACE_ME} placeholder, a
   * published dev value only with {@link #isDev()}. The API refuses to start otherwise.
   */
  @JsonIgnore
  @AssertTrue(
      message =
          "is false: a token or webhook secret is a published dev value or a REPLACE_ME"
              + " placeholder; set ORDER_SAGA_SERVICE_TOKEN, ORDER_SAGA_OPERATOR_TOKEN and"
              + " ORDER_SAGA_WEBHOOK_SECRET to secrets of your own (ORDER_SAGA_DEV=true accepts"
              + " the dev values on your own machine, never a placeholder)")
  public boolean isSecretsOfItsOwn() {
    return auth.refusals(dev).isEmpty() && webhooks.refusals(dev).isEmpty();
  }

  @JsonProperty
  public TemporalFactory getTemporal() {
    return temporal;
  }

  @JsonProperty
  public void setTemporal(TemporalFactory temporal) {
    this.temporal = temporal;
  }

  @JsonProperty
  public AuthConfiguration getAuth() {
    return auth;
  }

  @JsonProperty
  public void setAuth(AuthConfiguration auth) {
    this.auth = auth;
  }

  @JsonProperty
  public WebhookConfiguration getWebhooks() {
    return webhooks;
  }

  @JsonProperty
  public void setWebhooks(WebhookConfiguration webhooks) {
    this.webhooks = webhooks;
  }

  @JsonProperty
  public BackpressureConfiguration getBackpressure() {
    return backpressure;
  }

  @JsonProperty
  public void setBackpressure(BackpressureConfiguration backpressure) {
    this.backpressure = backpressure;
  }

  /** What an order may be: currencies, totals, counts, Temporal's size limits. */
  @JsonProperty
  public LimitsConfiguration getLimits() {
    return limits;
  }

  @JsonProperty
  public void setLimits(LimitsConfiguration limits) {
    this.limits = limits;
  }

  /** What {@code GET /operations/attention} and the parked-orders gauge look at. */
  @JsonProperty
  public AttentionConfiguration getAttention() {
    return attention;
  }

  @JsonProperty
  public void setAttention(AttentionConfiguration attention) {
    this.attention = attention;
  }

  /** Bodies larger than this are refused with 413 before they are parsed. */
  @JsonProperty
  public DataSize getMaxRequestBody() {
    return maxRequestBody;
  }

  @JsonProperty
  public void setMaxRequestBody(DataSize maxRequestBody) {
    this.maxRequestBody = maxRequestBody;
  }

  /** The {@code Retry-After} a 202 carries: how soon a client should look at the order. */
  @JsonProperty
  public Duration getPollAfter() {
    return pollAfter;
  }

  @JsonProperty
  public void setPollAfter(Duration pollAfter) {
    this.pollAfter = pollAfter;
  }

  /**
   * Whether {@code POST /orders} refuses a submit without an {@code Idempotency-Key} (422). Off by
   * default; without a key, a retry after an unconfirmed start can place a second order.
   */
  @JsonProperty
  public boolean isRequireIdempotencyKey() {
    return requireIdempotencyKey;
  }

  @JsonProperty
  public void setRequireIdempotencyKey(boolean requireIdempotencyKey) {
    this.requireIdempotencyKey = requireIdempotencyKey;
  }
}
