package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider that takes {@code latency} per call and answers PENDING, counting reads per id. */
final class SlowStatusSource implements PaymentStatusSource {
  private final Duration latency;
  private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

  SlowStatusSource(Duration latency) {
    this.latency = latency;
  }

  int readsOf(String paymentId) {
    AtomicInteger count = reads.get(paymentId);
    return count == null ? 0 : count.get();
  }

  @Override
  public Map<String, StatusReading> read(List<String> paymentIds) {
    paymentIds.forEach(
        id -> reads.computeIfAbsent(id, ignored -> new AtomicInteger()).incrementAndGet());
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, StatusReading> readings = new HashMap<>();
    for (String id : paymentIds) {
      readings.put(id, StatusReading.of(new PaymentSnapshot(id, PaymentState.PENDING, null)));
    }
    return readings;
  }
}
