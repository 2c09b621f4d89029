package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The carrier, on the {@code shipping} queue. Idempotent on the {@code Idempotency-Key}: a retry
 * never ships twice. Transient failures are retryable.
 */
@ActivityInterface
public interface ShippingActivities {

  /**
   * Creates the shipment. Key {@code {orderId}:create-shipment}.
   *
   * @throws io.temporal.failure.ApplicationFailure type {@code ShipmentRefused} when refused
   */
  @ActivityMethod(name = ActivityTypes.CREATE_SHIPMENT)
  ShipmentCreated create(ShipmentCommand command);

  /**
   * Cancels the order's shipment; succeeds when none exists. Key {@code
   * {orderId}:create-shipment:undo}.
   */
  @ActivityMethod(name = ActivityTypes.CANCEL_SHIPMENT)
  void cancel(StepCommand command);
}
