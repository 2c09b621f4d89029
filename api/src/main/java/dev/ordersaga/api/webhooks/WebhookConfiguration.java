package dev.ordersaga.api.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.secrets.PublishedSecrets;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The payment provider's signing secrets, newest first; several are accepted at once so a secret
 * can be rotated without refusing events. Blank entries (an unset environment variable) are
 * ignored. The published dev secret applies when none is set, and the API then starts only with the
 * dev switch. {@link #toString()} hides the secrets.
 */
public final class WebhookConfiguration {
  @NotNull private List<String> secrets = List.of(PublishedSecrets.DEV_WEBHOOK_SECRET);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.HOURS)
  private Duration tolerance = Duration.minutes(5);

  @NotNull
  @MaxDuration(value = 5, unit = TimeUnit.MINUTES)
  private Duration futureSkew = Duration.seconds(30);

  @JsonProperty
  public List<String> getSecrets() {
    return secrets;
  }

  @JsonProperty
  public void setSecrets(List<String> secrets) {
    this.secrets = secrets;
  }

  /** The secrets that are set. */
  @NotEmpty(message = "must hold at least one non-blank secret")
  public List<String> activeSecrets() {
    return secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  /** Why a secret may not be used (a placeholder, or the dev secret without {@code devSwitch}). */
  public List<String> refusals(boolean devSwitch) {
    return activeSecrets().stream()
        .flatMap(
            secret ->
                PublishedSecrets.refusal("ORDER_SAGA_WEBHOOK_SECRET", secret, devSwitch).stream())
        .toList();
  }

  /** How old a signed event may be: the window in which a replay of it could arrive. */
  @JsonProperty
  public Duration getTolerance() {
    return tolerance;
  }

  @JsonProperty
  public void setTolerance(Duration tolerance) {
    this.tolerance = tolerance;
  }

  /** How far ahead of this server's clock a signed event's timestamp may be. */
  @JsonProperty
  public Duration getFutureSkew() {
    return futureSkew;
  }

  @JsonProperty
  public void setFutureSkew(Duration futureSkew) {
    this.futureSkew = futureSkew;
  }

  @Override
  public String toString() {
    return "WebhookConfiguration[secrets="
        + activeSecrets().size()
        + " set, tolerance="
        + tolerance
        + ", futureSkew="
        + futureSkew
        + "]";
  }
}
