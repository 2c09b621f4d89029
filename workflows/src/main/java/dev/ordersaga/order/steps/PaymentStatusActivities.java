package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Reads the payment provider's status, on the {@code payment-status} queue. Read-only, so safe to
 * retry and to cancel at any time. The provider's status is the truth; callbacks only hurry it.
 */
@ActivityInterface
public interface PaymentStatusActivities {

  /**
   * Polls until the payment settles, with capped backoff, heartbeating its progress and resuming
   * from the last heartbeat after a worker crash. Its schedule-to-close timeout is the payment
   * window; when it ends the workflow treats the payment as expired.
   *
   * @return a snapshot whose state is settled (never {@code PENDING})
   */
  @ActivityMethod(name = ActivityTypes.AWAIT_PAYMENT)
  PaymentSnapshot await(PaymentQuery query);

  /** One status call, made when the provider's callback says the payment may have settled. */
  @ActivityMethod(name = ActivityTypes.CHECK_PAYMENT)
  PaymentSnapshot check(PaymentQuery query);
}
