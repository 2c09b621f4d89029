package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The risk provider, on the {@code risk} queue: screens an order for fraud before any money moves.
 * Idempotent on its {@code Idempotency-Key}: a retried, reset or replayed assessment returns the
 * first verdict. Reads only, so there is nothing to undo.
 */
@ActivityInterface
public interface RiskActivities {

  /**
   * Assesses the order. Key {@code {orderId}:screen-fraud}. A {@code DECLINE} verdict is an answer,
   * not a failure: the workflow turns it into the order's business refusal.
   *
   * @throws io.temporal.failure.ApplicationFailure type {@code InvalidOrder} when the provider
   *     refuses the request itself; transient failures (5xx, timeouts, connection) are retryable
   */
  @ActivityMethod(name = ActivityTypes.ASSESS_RISK)
  RiskVerdict assess(RiskCommand command);
}
