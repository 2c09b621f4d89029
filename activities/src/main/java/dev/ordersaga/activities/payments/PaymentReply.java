package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.http.FailureClassifier;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import io.temporal.failure.ApplicationFailure;

/**
 * A payment as {@code POST /payments} and {@code GET /payments/{paymentId}} answer it.
 *
 * @param status PENDING, SUCCEEDED, DECLINED, REFUNDED or VOIDED
 * @param reason why it was declined, or null
 */
record PaymentReply(String paymentId, String orderId, String status, String reason) {

  /**
   * The snapshot the workflow reads.
   *
   * @throws ApplicationFailure non-retryable {@code PaymentUndone} for REFUNDED or VOIDED (the
   *     payment will never settle), {@code UnexpectedResponse} for an unknown status
   */
  PaymentSnapshot toSnapshot(String expectedPaymentId) {
    String id = paymentId == null ? expectedPaymentId : paymentId;
    return switch (status == null ? "" : status) {
      case "PENDING" -> new PaymentSnapshot(id, PaymentState.PENDING, null);
      case "SUCCEEDED" -> new PaymentSnapshot(id, PaymentState.SUCCEEDED, null);
      case "DECLINED" -> new PaymentSnapshot(id, PaymentState.DECLINED, reason);
      case "REFUNDED", "VOIDED" ->
          throw ApplicationFailure.newNonRetryableFailure(
              "payment " + id + " was " + status + " and will not settle",
              DownstreamFailureTypes.PAYMENT_UNDONE);
      default ->
          throw FailureClassifier.unexpectedReply(
              "payment " + id + " has unknown status '" + status + "'");
    };
  }
}
