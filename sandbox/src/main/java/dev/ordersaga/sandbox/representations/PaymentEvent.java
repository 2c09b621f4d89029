package dev.ordersaga.sandbox.representations;

/**
 * The webhook body sent when a payment settles.
 *
 * @param status {@code SUCCEEDED} or {@code DECLINED}
 * @param occurredAt ISO-8601 instant of the settlement
 */
public record PaymentEvent(
    String eventId, String paymentId, String orderId, String status, String occurredAt) {}
