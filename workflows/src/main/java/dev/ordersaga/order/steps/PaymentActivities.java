package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The payment provider's mutating calls, on the {@code payments} queue. Idempotent on the {@code
 * Idempotency-Key}: a retried request never charges twice. Transient failures are retryable; a
 * {@code Retry-After} from the provider can only lengthen the step's backoff ({@code
 * RetryBackoff}).
 */
@ActivityInterface
public interface PaymentActivities {

  /**
   * Asks the provider to charge the order; the result is read by {@link PaymentStatusActivities}.
   * Key {@code {orderId}:request-payment}.
   *
   * @throws io.temporal.failure.ApplicationFailure type {@code PaymentDeclined} when refused at
   *     once
   */
  @ActivityMethod(name = ActivityTypes.REQUEST_PAYMENT)
  PaymentRequested request(PaymentCommand command);

  /**
   * Refunds what was captured for the order, or voids it if not captured; succeeds when no payment
   * exists. Key {@code {orderId}:request-payment:undo}.
   */
  @ActivityMethod(name = ActivityTypes.REFUND_PAYMENT)
  void refund(StepCommand command);
}
