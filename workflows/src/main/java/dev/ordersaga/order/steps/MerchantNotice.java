package dev.ordersaga.order.steps;

import java.math.BigDecimal;

/** Tell the merchant an order is paid and shipped. */
public record MerchantNotice(
    String orderId,
    String idempotencyKey,
    String customerId,
    BigDecimal total,
    String currency,
    String shipmentId) {}
