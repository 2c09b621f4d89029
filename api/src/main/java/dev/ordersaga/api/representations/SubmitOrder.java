package dev.ordersaga.api.representations;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /orders}. Every rule of {@link OrderRequest} is stated here too, so a bad
 * request is a 422 naming its field before anything is started; the configured limits (currencies,
 * totals, what fits Temporal's limits) are checked by {@code OrderLimits}.
 */
public record SubmitOrder(
    @NotNull @Pattern(regexp = CUSTOMER_ID, message = "must be 1-64 letters, digits or . _ : @ -")
        String customerId,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code, e.g. USD")
        String currency,
    @NotNull @Size(min = 1, max = OrderRequest.MAX_ITEMS) List<@NotNull @Valid SubmitItem> items,
    @NotNull @Valid SubmitPayment payment,
    @NotNull @Valid SubmitAddress shippingAddress) {

  /** What a customer id may hold: also what keeps it safe in a visibility query. */
  public static final String CUSTOMER_ID = "[A-Za-z0-9._:@-]{1,64}";

  /** The workflow input for this order under {@code orderId}. */
  public OrderRequest toOrder(String orderId) {
    return new OrderRequest(
        orderId,
        customerId,
        currency,
        items.stream().map(i -> new LineItem(i.sku(), i.quantity(), i.unitPrice())).toList(),
        new PaymentMethod(payment.method(), payment.token()),
        new ShippingAddress(
            shippingAddress.name(),
            shippingAddress.line1(),
            shippingAddress.city(),
            shippingAddress.postalCode(),
            shippingAddress.country()));
  }
}
