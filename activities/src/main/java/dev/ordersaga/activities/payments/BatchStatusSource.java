package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.http.DownstreamHttp;
import io.temporal.failure.ApplicationFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /payments/status} for many payments at once. A failed call fails every payment of it;
 * a payment the answer leaves out is unknown to the provider, which is retryable ({@code
 * DownstreamAuthOrNotFound}), as a 404 of {@code GET /payments/{paymentId}} is.
 */
final class BatchStatusSource implements PaymentStatusSource {
  /** The most ids the sandbox takes in one call. */
  static final int MAX_IDS = 1000;

  private final DownstreamHttp http;

  BatchStatusSource(DownstreamHttp http) {
    this.http = http;
  }

  /** The request body. */
  record Request(List<String> paymentIds) {}

  /** The answer. */
  record Reply(List<PaymentReply> payments) {}

  @Override
  public Map<String, StatusReading> read(List<String> paymentIds) {
    Map<String, StatusReading> readings = new HashMap<>();
    for (int from = 0; from < paymentIds.size(); from += MAX_IDS) {
      readChunk(paymentIds.subList(from, Math.min(paymentIds.size(), from + MAX_IDS)), readings);
    }
    return readings;
  }

  private void readChunk(List<String> paymentIds, Map<String, StatusReading> readings) {
    Reply reply;
    try {
      reply = http.query(http.url("payments", "status"), new Request(paymentIds), Reply.class);
    } catch (RuntimeException e) {
      ApplicationFailure failure =
          e instanceof ApplicationFailure known
              ? known
              : ApplicationFailure.newFailureWithCause(
                  "batch status read: " + e, DownstreamFailureTypes.UNAVAILABLE, e);
      paymentIds.forEach(id -> readings.put(id, StatusReading.failed(failure)));
      return;
    }
    if (reply.payments() != null) {
      for (PaymentReply payment : reply.payments()) {
        if (payment.paymentId() != null) {
          readings.put(payment.paymentId(), reading(payment));
        }
      }
    }
    for (String id : paymentIds) {
      readings.computeIfAbsent(
          id,
          missing ->
              StatusReading.failed(
                  ApplicationFailure.newFailure(
                      "payment " + missing + " unknown to the provider",
                      DownstreamFailureTypes.AUTH_OR_NOT_FOUND)));
    }
  }

  private static StatusReading reading(PaymentReply payment) {
    try {
      return StatusReading.of(payment.toSnapshot(payment.paymentId()));
    } catch (ApplicationFailure failure) {
      return StatusReading.failed(failure);
    }
  }
}
