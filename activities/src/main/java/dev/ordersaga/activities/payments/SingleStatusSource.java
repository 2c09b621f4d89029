package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.http.DownstreamHttp;
import io.temporal.failure.ApplicationFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@code GET /payments/{paymentId}} per payment, one after the other. */
final class SingleStatusSource implements PaymentStatusSource {
  private final DownstreamHttp http;

  SingleStatusSource(DownstreamHttp http) {
    this.http = http;
  }

  @Override
  public Map<String, StatusReading> read(List<String> paymentIds) {
    Map<String, StatusReading> readings = new HashMap<>();
    for (String paymentId : paymentIds) {
      readings.put(paymentId, readOne(paymentId));
    }
    return readings;
  }

  private StatusReading readOne(String paymentId) {
    try {
      return StatusReading.of(
          http.get(http.url("payments", paymentId), PaymentReply.class).toSnapshot(paymentId));
    } catch (ApplicationFailure failure) {
      return StatusReading.failed(failure);
    } catch (RuntimeException e) {
      return StatusReading.failed(
          ApplicationFailure.newFailureWithCause(
              "payment " + paymentId + ": " + e, DownstreamFailureTypes.UNAVAILABLE, e));
    }
  }
}
