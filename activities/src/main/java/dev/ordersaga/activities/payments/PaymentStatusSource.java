package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamHttp;
import java.util.List;
import java.util.Map;

/** Reads the provider's status of many payments for the {@link PaymentPoller}. */
public interface PaymentStatusSource {

  /**
   * Reads {@code paymentIds}; never throws.
   *
   * @return one reading per id asked for
   */
  Map<String, StatusReading> read(List<String> paymentIds);

  /** One {@code GET /payments/{paymentId}} per payment: for providers without a batch read. */
  static PaymentStatusSource single(DownstreamHttp http) {
    return new SingleStatusSource(http);
  }

  /** {@code POST /payments/status} with up to 1000 ids per call (sandbox/API.md). */
  static PaymentStatusSource batch(DownstreamHttp http) {
    return new BatchStatusSource(http);
  }
}
