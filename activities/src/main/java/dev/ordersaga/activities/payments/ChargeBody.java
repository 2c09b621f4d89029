package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentCommand;

/** The body of {@code POST /payments}; the amount as a decimal string. */
record ChargeBody(String orderId, String amount, String currency, String token) {
  static ChargeBody of(PaymentCommand command) {
    return new ChargeBody(
        command.orderId(), command.amount().toPlainString(), command.currency(), command.token());
  }
}
