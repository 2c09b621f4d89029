package dev.ordersaga.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The input of {@link OrderWorkflow}: everything needed to run the order from start to end.
 *
 * @param orderId the business key; the workflow id is {@code order-{orderId}}
 * @param currency ISO 4217 code, e.g. {@code USD}
 * @param items 1 to {@value #MAX_ITEMS} lines
 */
public record OrderRequest(
    String orderId,
    String customerId,
    String currency,
    List<LineItem> items,
    PaymentMethod payment,
    ShippingAddress shippingAddress) {
  public static final int MAX_ITEMS = 100;
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public OrderRequest {
    OrderIds.requireValid(orderId);
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(shippingAddress, "shippingAddress");
    if (customerId.isBlank() || customerId.length() > 64) {
      throw new IllegalArgumentException("customerId must be 1-64 characters");
    }
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, got: " + currency);
    }
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "items must hold 1-" + MAX_ITEMS + " lines, got: " + items.size());
    }
    items = List.copyOf(items);
  }

  /** The sum of the line totals. */
  public BigDecimal total() {
    return items.stream().map(LineItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
