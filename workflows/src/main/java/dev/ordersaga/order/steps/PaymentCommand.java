package dev.ordersaga.order.steps;

import java.math.BigDecimal;

/**
 * Ask the provider to charge {@code amount}.
 *
 * @param token the provider's payment token; card data never enters the workflow
 */
public record PaymentCommand(
    String orderId, String idempotencyKey, BigDecimal amount, String currency, String token) {}
