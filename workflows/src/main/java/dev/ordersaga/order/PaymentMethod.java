package dev.ordersaga.order;

import java.util.Objects;

/**
 * How the customer pays. Card data never enters an order: only the provider's token does, because
 * workflow inputs are readable in the Web UI.
 *
 * @param method e.g. {@code card}
 * @param token the payment provider's token, e.g. {@code tok_ok}
 */
public record PaymentMethod(String method, String token) {
  public PaymentMethod {
    Objects.requireNonNull(method, "payment.method");
    Objects.requireNonNull(token, "payment.token");
    if (token.isBlank() || token.length() > 128) {
      throw new IllegalArgumentException("payment.token must be 1-128 characters");
    }
  }
}
