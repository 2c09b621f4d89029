package dev.ordersaga.order.steps;

/** The provider accepted the payment request; its result comes later. */
public record PaymentRequested(String paymentId) {}
