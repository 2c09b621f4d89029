package dev.ordersaga.activities.inventory;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.StepCommand;

/**
 * {@link InventoryActivities} over {@code /inventory/reservations}. Every call is a POST with the
 * command's {@code Idempotency-Key}; refusals are {@code OutOfStock} or {@code InvalidOrder}.
 */
public record InventoryClient(DownstreamHttp http) implements InventoryActivities {
  /**
   * {@code POST /inventory/reservations}, all lines or none; 409 {@code OutOfStock}, 422 {@code
   * InvalidOrder}.
   */
  @Override
  public void reserve(ReserveStockCommand command) {
    http.changeState(
        command.idempotencyKey(),
        new ReservationBody(command.orderId(), command.lines()),
        "inventory",
        "reservations");
  }

  /** {@code POST /inventory/reservations/{orderId}/release}; state NONE when nothing reserved. */
  @Override
  public void release(StepCommand command) {
    change(command, "release");
  }

  /** {@code POST /inventory/reservations/{orderId}/commit}; 409 {@code InvalidOrder} if none. */
  @Override
  public void commit(StepCommand command) {
    change(command, "commit");
  }

  /** {@code POST /inventory/reservations/{orderId}/restock}; state NONE when nothing was sold. */
  @Override
  public void restock(StepCommand command) {
    change(command, "restock");
  }

  private void change(StepCommand command, String action) {
    http.changeState(command, "inventory", "reservations", command.orderId(), action);
  }
}
