package dev.ordersaga.sandbox.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A table of per-order rows with a {@code state} column that moves by compare-and-set, so two
 * concurrent transitions from the same state cannot both win.
 */
final class StateTable {
  private final String table;

  /**
   * @param table a table with {@code order_id}, {@code state} and {@code updated_at} columns (a
   *     constant of this package, never input)
   */
  StateTable(String table) {
    this.table = table;
  }

  /** The order's state, if it has a row. */
  Optional<String> state(Handle handle, String orderId) {
    return handle
        .createQuery("SELECT state FROM " + table + " WHERE order_id = :orderId")
        .bind("orderId", orderId)
        .mapTo(String.class)
        .findOne();
  }

  /**
   * Moves the order's row from {@code from} to {@code to}; false when it was not in {@code from}.
   */
  boolean transition(Handle handle, String orderId, String from, String to) {
    return handle
            .createUpdate(
                "UPDATE "
                    + table
                    + " SET state = :to, updated_at = :now"
                    + " WHERE order_id = :orderId AND state = :from")
            .bind("to", to)
            .bind("from", from)
            .bind("now", System.currentTimeMillis())
            .bind("orderId", orderId)
            .execute()
        == 1;
  }
}
