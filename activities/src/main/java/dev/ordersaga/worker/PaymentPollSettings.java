package dev.ordersaga.worker;

import dev.ordersaga.activities.payments.PollBackoff;
import jakarta.validation.constraints.DecimalMin;
import java.time.Duration;

/**
 * How {@code PaymentStatus.await} polls; null fields keep the adapter's defaults ({@link
 * dev.ordersaga.activities.DownstreamConfig#defaults()}). The heartbeat interval must stay below
 * the heartbeat timeout of the {@code PaymentStatus.await} policy.
 */
public record PaymentPollSettings(
    Duration initialInterval,
    @DecimalMin("1.0") Double multiplier,
    Duration maxInterval,
    Duration heartbeatInterval) {

  /** The poll backoff, defaults filled in. */
  PollBackoff backoff() {
    PollBackoff defaults = PollBackoff.defaults();
    return new PollBackoff(
        initialInterval != null ? initialInterval : defaults.initialInterval(),
        multiplier != null ? multiplier : defaults.multiplier(),
        maxInterval != null ? maxInterval : defaults.maxInterval());
  }
}
