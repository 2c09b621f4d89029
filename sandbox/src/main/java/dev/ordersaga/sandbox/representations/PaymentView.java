package dev.ordersaga.sandbox.representations;

/**
 * A payment.
 *
 * @param status {@code PENDING}, {@code SUCCEEDED}, {@code DECLINED}, {@code REFUNDED} or {@code
 *     VOIDED}
 * @param reason why it was declined, else {@code null}
 */
public record PaymentView(String paymentId, String orderId, String status, String reason) {}
