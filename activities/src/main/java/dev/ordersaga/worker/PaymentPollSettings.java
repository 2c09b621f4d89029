package dev.ordersaga.worker;

import dev.ordersaga.activities.payments.PollBackoff;
import java.time.Duration;

/**
 * How {@code PaymentStatus.await} polls; null fields keep the adapter's defaults. The heartbeat
 * interval must stay below the heartbeat timeout of the {@code PaymentStatus.await} policy.
 */
public record PaymentPollSettings(
    Duration initialInterval, Double multiplier, Duration maxInterval, Duration heartbeatInterval) {

  /** The poll backoff, defaults filled in. */
  PollBackoff backoff() {
    PollBackoff defaults = PollBackoff.defaults();
    return new PollBackoff(
        initialInterval != null ? initialInterval : defaults.initialInterval(),
        multiplier != null ? multiplier : defaults.multiplier(),
        maxInterval != null ? maxInterval : defaults.maxInterval());
  }
}
