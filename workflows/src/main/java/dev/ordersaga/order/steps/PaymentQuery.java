package dev.ordersaga.order.steps;

/** Which payment to read. */
public record PaymentQuery(String orderId, String paymentId) {}
