package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The inventory system, on the {@code inventory} queue. Stock moves between available, reserved and
 * sold; every method is idempotent on its {@code Idempotency-Key} and never oversells. Transient
 * failures are retryable; refusals are non-retryable {@code ApplicationFailure}s.
 */
@ActivityInterface
public interface InventoryActivities {

  /**
   * Reserves every line, all or nothing. Key {@code {orderId}:reserve-stock}.
   *
   * @throws io.temporal.failure.ApplicationFailure type {@code OutOfStock} or {@code InvalidOrder}
   */
  @ActivityMethod(name = ActivityTypes.RESERVE_STOCK)
  void reserve(ReserveStockCommand command);

  /**
   * Returns the order's reserved units to available; succeeds when nothing is reserved. Key {@code
   * {orderId}:reserve-stock:undo}.
   */
  @ActivityMethod(name = ActivityTypes.RELEASE_STOCK)
  void release(StepCommand command);

  /** Turns the order's reservation into sold units. Key {@code {orderId}:commit-stock}. */
  @ActivityMethod(name = ActivityTypes.COMMIT_STOCK)
  void commit(StepCommand command);

  /**
   * Returns the order's sold units to available; succeeds when nothing was sold. Key {@code
   * {orderId}:commit-stock:undo}.
   */
  @ActivityMethod(name = ActivityTypes.RESTOCK)
  void restock(StepCommand command);
}
