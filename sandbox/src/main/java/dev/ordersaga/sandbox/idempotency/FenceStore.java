package dev.ordersaga.sandbox.idempotency;

import dev.ordersaga.sandbox.store.Effect;
import org.jdbi.v3.core.Handle;

/** The undo fences, one row per (order, step) once the step was undone; rows are never removed. */
public final class FenceStore {
  /** Whether {@code step} of {@code orderId} was undone. */
  public boolean isUndone(Handle handle, String orderId, Effect step) {
    return handle
        .createQuery("SELECT 1 FROM undo_fences WHERE order_id = :orderId AND step = :step")
        .bind("orderId", orderId)
        .bind("step", step.wireName())
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  /** Fences {@code step} of {@code orderId} (no change when it already is), naming the undo key. */
  public void markUndone(Handle handle, String orderId, Effect step, String undoKey) {
    if (isUndone(handle, orderId, step)) {
      return;
    }
    handle
        .createUpdate(
            "INSERT INTO undo_fences (order_id, step, undo_key, created_at)"
                + " VALUES (:orderId, :step, :undoKey, :createdAt)")
        .bind("orderId", orderId)
        .bind("step", step.wireName())
        .bind("undoKey", undoKey)
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }
}
