package dev.ordersaga.api.attention;

import java.util.Optional;

/** The payment provider's own word on a payment: the truth a waiting order may not have heard. */
public interface PaymentProvider {

  /**
   * The payment's status ({@code PENDING}, {@code SUCCEEDED}, {@code DECLINED}, {@code REFUNDED},
   * {@code VOIDED}); empty when the provider does not answer in time or knows no such payment.
   */
  Optional<String> status(String paymentId);
}
