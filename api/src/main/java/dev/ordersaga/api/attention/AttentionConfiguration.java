package dev.ordersaga.api.attention;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What {@code GET /operations/attention} looks at, and how far. */
public final class AttentionConfiguration {
  /** The most {@code limit} may ask for. */
  public static final int MAX_PER_KIND = 1_000;

  @Min(1)
  @Max(MAX_PER_KIND)
  private int perKind = 100;

  @Min(2)
  private int attemptsWithoutProgress = 5;

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration stuckAfter = Duration.minutes(1);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration paidWaitingAfter = Duration.minutes(1);

  @Pattern(regexp = "(https?://\\S+)?")
  private String paymentsUrl;

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 30, unit = TimeUnit.SECONDS)
  private Duration providerDeadline = Duration.seconds(2);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration gaugeRefresh = Duration.seconds(15);

  /** How many candidate orders of each kind are looked at, at most (and the default limit). */
  @JsonProperty
  public int getPerKind() {
    return perKind;
  }

  @JsonProperty
  public void setPerKind(int perKind) {
    this.perKind = perKind;
  }

  /** A step whose attempt is past this, with a last failure, is making no progress. */
  @JsonProperty
  public int getAttemptsWithoutProgress() {
    return attemptsWithoutProgress;
  }

  @JsonProperty
  public void setAttemptsWithoutProgress(int attemptsWithoutProgress) {
    this.attemptsWithoutProgress = attemptsWithoutProgress;
  }

  /** Running orders younger than this are not looked at for steps that make no progress. */
  @JsonProperty
  public Duration getStuckAfter() {
    return stuckAfter;
  }

  @JsonProperty
  public void setStuckAfter(Duration stuckAfter) {
    this.stuckAfter = stuckAfter;
  }

  /** AWAITING_PAYMENT orders younger than this are not asked about at the provider. */
  @JsonProperty
  public Duration getPaidWaitingAfter() {
    return paidWaitingAfter;
  }

  @JsonProperty
  public void setPaidWaitingAfter(Duration paidWaitingAfter) {
    this.paidWaitingAfter = paidWaitingAfter;
  }

  /**
   * The payment provider's root URL, whose {@code GET /payments/{id}} tells a settled payment from
   * a pending one; null or empty: paid orders still waiting are not looked for.
   */
  @JsonProperty
  public String getPaymentsUrl() {
    return paymentsUrl;
  }

  @JsonProperty
  public void setPaymentsUrl(String paymentsUrl) {
    this.paymentsUrl = paymentsUrl;
  }

  /** {@link #getPaymentsUrl()} when one is set. */
  @JsonIgnore
  public Optional<URI> payments() {
    return paymentsUrl == null || paymentsUrl.isEmpty()
        ? Optional.empty()
        : Optional.of(URI.create(paymentsUrl));
  }

  /** How long one read at the payment provider may take. */
  @JsonProperty
  public Duration getProviderDeadline() {
    return providerDeadline;
  }

  @JsonProperty
  public void setProviderDeadline(Duration providerDeadline) {
    this.providerDeadline = providerDeadline;
  }

  /** How often the {@code order_saga_orders_parked} gauge is counted from visibility. */
  @JsonProperty
  public Duration getGaugeRefresh() {
    return gaugeRefresh;
  }

  @JsonProperty
  public void setGaugeRefresh(Duration gaugeRefresh) {
    this.gaugeRefresh = gaugeRefresh;
  }
}
