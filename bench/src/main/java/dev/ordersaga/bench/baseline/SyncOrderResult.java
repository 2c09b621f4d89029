package dev.ordersaga.bench.baseline;

/** The answer of {@code POST /sync-orders}: every step done inline, in order. */
public record SyncOrderResult(
    String orderId, String status, String paymentId, String shipmentId, long tookMs) {}
