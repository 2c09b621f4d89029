package dev.ordersaga.api.bench;

/** The answer of {@code POST /bench/sync-orders}: every step done inline, in order. */
public record SyncOrderResult(
    String orderId, String status, String paymentId, String shipmentId, long tookMs) {}
