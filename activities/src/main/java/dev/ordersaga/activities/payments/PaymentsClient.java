package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.http.FailureClassifier;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentRequested;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PaymentActivities} over {@code /payments}. Every call is a POST with the command's {@code
 * Idempotency-Key}, so a retried request never charges twice; a {@code Retry-After} sets the next
 * retry delay (see {@code FailureClassifier}).
 */
public record PaymentsClient(DownstreamHttp http) implements PaymentActivities {
  private static final Logger log = LoggerFactory.getLogger(PaymentsClient.class);

  /**
   * {@code POST /payments}; 201 PENDING with the payment id. A token the provider refuses is {@code
   * InvalidOrder} (or {@code PaymentDeclined} if the provider says so).
   *
   * @throws ApplicationFailure {@code UnexpectedResponse} when the answer has no payment id
   */
  @Override
  public PaymentRequested request(PaymentCommand command) {
    PaymentReply reply =
        http.post(command.idempotencyKey(), ChargeBody.of(command), PaymentReply.class, "payments");
    String paymentId = FailureClassifier.required(reply.paymentId(), "POST /payments", "paymentId");
    log.info("payment {} requested (status {})", paymentId, reply.status());
    return new PaymentRequested(paymentId);
  }

  /**
   * {@code POST /payments/orders/{orderId}/refund}: REFUNDED, VOIDED, or NONE when there is nothing
   * to give back.
   */
  @Override
  public void refund(StepCommand command) {
    http.changeState(command, "payments", "orders", command.orderId(), "refund");
  }
}
