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
   * The order's shipment, if one exists and is not cancelled: how a run an operator reset learns
   * that an earlier run passed the pivot. Read-only.
   *
   * @return the shipment, or null when the order has none (or only a cancelled one)
   */
  @ActivityMethod(name = ActivityTypes.FIND_SHIPMENT)
  ShipmentCreated find(StepCommand command);

  /**
   * Cancels the order's shipment; succeeds when none exists. Key {@code
   * {orderId}:create-shipment:undo}.
   */
  @ActivityMethod(name = ActivityTypes.CANCEL_SHIPMENT)
  void cancel(StepCommand command);
}
