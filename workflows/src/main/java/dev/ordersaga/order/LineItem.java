package dev.ordersaga.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order.
 *
 * @param sku the stock-keeping unit, 1-64 characters
 * @param quantity units ordered, 1 to {@value #MAX_QUANTITY}
 * @param unitPrice price of one unit in the order's currency, zero or more
 */
public record LineItem(String sku, int quantity, BigDecimal unitPrice) {
  public static final int MAX_QUANTITY = 10_000;

  public LineItem {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (sku.isBlank() || sku.length() > 64) {
      throw new IllegalArgumentException("sku must be 1-64 characters, got: '" + sku + "'");
    }
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new IllegalArgumentException(
          "quantity of " + sku + " must be 1-" + MAX_QUANTITY + ", got: " + quantity);
    }
    if (unitPrice.signum() < 0) {
      throw new IllegalArgumentException(
          "unitPrice of " + sku + " must not be negative, got: " + unitPrice);
    }
  }

  /** {@code quantity × unitPrice}. */
  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
