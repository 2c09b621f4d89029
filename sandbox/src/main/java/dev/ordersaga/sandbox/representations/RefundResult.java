package dev.ordersaga.sandbox.representations;

/**
 * The answer of {@code POST /payments/orders/{orderId}/refund}.
 *
 * @param status {@code REFUNDED} (it had succeeded), {@code VOIDED} (it was pending) or {@code
 *     NONE} (no payment, or it was declined)
 */
public record RefundResult(String orderId, String status) {}
