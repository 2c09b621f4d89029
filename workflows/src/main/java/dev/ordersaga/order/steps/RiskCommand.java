package dev.ordersaga.order.steps;

import dev.ordersaga.order.OrderRequest;
import java.math.BigDecimal;

/**
 * Ask the risk provider for a verdict on an order.
 *
 * @param addressHash the SHA-256 of the normalised shipping address (hex), so the provider can
 *     match repeat addresses without receiving one
 */
public record RiskCommand(
    String orderId,
    String idempotencyKey,
    String customerId,
    BigDecimal total,
    String currency,
    String addressHash) {

  /** The assessment of {@code order}: its address as a SHA-256 only. */
  public static RiskCommand of(OrderRequest order, String idempotencyKey) {
    return new RiskCommand(
        order.orderId(),
        idempotencyKey,
        order.customerId(),
        order.total(),
        order.currency(),
        order.shippingAddress().sha256());
  }
}
