package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentSnapshot;
import io.temporal.failure.ApplicationFailure;

/**
 * What one status read said about one payment: a snapshot, or the failure the read ended with
 * (retryable for a provider that did not answer, non-retryable for a payment that will never
 * settle).
 *
 * @param snapshot the provider's answer, or null when {@code failure} is set
 * @param failure why there is no answer, or null
 */
public record StatusReading(PaymentSnapshot snapshot, ApplicationFailure failure) {
  public static StatusReading of(PaymentSnapshot snapshot) {
    return new StatusReading(snapshot, null);
  }

  public static StatusReading failed(ApplicationFailure failure) {
    return new StatusReading(null, failure);
  }
}
