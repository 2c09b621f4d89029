package dev.ordersaga.order.steps;

/**
 * The provider's answer about one payment.
 *
 * @param reason the provider's reason for a decline, or null
 */
public record PaymentSnapshot(String paymentId, PaymentState state, String reason) {}
