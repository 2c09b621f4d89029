package dev.ordersaga.sandbox.store;

import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.OrderState;
import dev.ordersaga.sandbox.representations.ReservationRequest;
import dev.ordersaga.sandbox.representations.StockLevel;
import dev.ordersaga.sandbox.representations.StockLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The inventory system: per SKU, {@code available}, {@code reserved} and {@code sold} units.
 *
 * <p>Every move is a conditional UPDATE that cannot take a count below zero, applied to SKUs in
 * sorted order (no deadlocks) inside the caller's transaction, so a reservation takes all its lines
 * or none and the sum of the three counts of a SKU only changes through {@link #setAvailable}.
 *
 * <p>A reservation per order: {@code RESERVED → RELEASED}, or {@code RESERVED → COMMITTED →
 * RESTOCKED}. An order may reserve again only once its reservation was released or restocked.
 */
public final class InventoryStore {
  private static final StateTable STATES = new StateTable("reservations");
  private static final RowMapper<StockLevel> STOCK_LEVEL =
      (rs, ctx) ->
          new StockLevel(
              rs.getString("sku"),
              rs.getLong("available"),
              rs.getLong("reserved"),
              rs.getLong("sold"));

  /** A move of one order's units, from one reservation state and count to the next. */
  private enum UnitMove {
    RELEASE("RESERVED", "RELEASED", "reserved", "available", Effect.STOCK_RELEASE),
    COMMIT("RESERVED", "COMMITTED", "reserved", "sold", Effect.STOCK_COMMIT),
    RESTOCK("COMMITTED", "RESTOCKED", "sold", "available", Effect.STOCK_RESTOCK);

    private final String from;
    private final String to;
    private final String fromUnits;
    private final String toUnits;
    private final Effect effect;

    UnitMove(String from, String to, String fromUnits, String toUnits, Effect effect) {
      this.from = from;
      this.to = to;
      this.fromUnits = fromUnits;
      this.toUnits = toUnits;
      this.effect = effect;
    }
  }

  private final EffectLog effects;

  /** A store logging to {@code effects}. */
  public InventoryStore(EffectLog effects) {
    this.effects = effects;
  }

  /** Reserves every line of {@code request}, or throws {@code OutOfStock} having reserved none. */
  public OrderState reserve(Handle handle, ReservationRequest request) {
    String orderId = request.orderId();
    Map<String, Long> lines = merged(request.lines());
    List<String> unknown = new ArrayList<>();
    for (String sku : lines.keySet()) {
      if (find(handle, sku).isEmpty()) {
        unknown.add(sku);
      }
    }
    if (!unknown.isEmpty()) {
      throw Problems.invalidOrder(422, "unknown SKU(s): " + String.join(", ", unknown));
    }
    Optional<String> existing = STATES.state(handle, orderId);
    if (existing.isPresent()
        && (existing.get().equals("RESERVED") || existing.get().equals("COMMITTED"))) {
      throw Problems.invalidOrder(
          409, "order " + orderId + " already holds a reservation (" + existing.get() + ")");
    }
    for (Map.Entry<String, Long> line : lines.entrySet()) {
      int moved =
          handle
              .createUpdate(
                  "UPDATE stock SET available = available - :q, reserved = reserved + :q"
                      + " WHERE sku = :sku AND available >= :q")
              .bind("q", line.getValue())
              .bind("sku", line.getKey())
              .execute();
      if (moved != 1) {
        throw Problems.outOfStock(
            "not enough " + line.getKey() + " for " + line.getValue() + " unit(s)");
      }
    }
    long now = System.currentTimeMillis();
    if (existing.isPresent()) {
      handle
          .createUpdate("DELETE FROM reservation_lines WHERE order_id = :orderId")
          .bind("orderId", orderId)
          .execute();
      handle
          .createUpdate(
              "UPDATE reservations SET state = 'RESERVED', updated_at = :now WHERE order_id = :orderId")
          .bind("now", now)
          .bind("orderId", orderId)
          .execute();
    } else {
      handle
          .createUpdate(
              "INSERT INTO reservations (order_id, state, updated_at)"
                  + " VALUES (:orderId, 'RESERVED', :now)")
          .bind("orderId", orderId)
          .bind("now", now)
          .execute();
    }
    for (Map.Entry<String, Long> line : lines.entrySet()) {
      handle
          .createUpdate(
              "INSERT INTO reservation_lines (order_id, sku, quantity) VALUES (:orderId, :sku, :q)")
          .bind("orderId", orderId)
          .bind("sku", line.getKey())
          .bind("q", line.getValue())
          .execute();
    }
    effects.record(handle, orderId, Effect.STOCK_RESERVE);
    return new OrderState(orderId, "RESERVED");
  }

  /**
   * Returns the reserved units of {@code orderId} to available: {@code RELEASED}; {@code RELEASED}
   * again when already released; {@code NONE} when nothing is reserved (none, committed,
   * restocked).
   */
  public OrderState release(Handle handle, String orderId) {
    return undo(handle, orderId, UnitMove.RELEASE);
  }

  /**
   * Turns the reserved units of {@code orderId} into sold: {@code COMMITTED} (again when already
   * committed); {@code 409 InvalidOrder} when there is no reservation.
   */
  public OrderState commit(Handle handle, String orderId) {
    String state = moved(handle, orderId, UnitMove.COMMIT);
    if (state.equals(UnitMove.COMMIT.to)) {
      return new OrderState(orderId, state);
    }
    throw Problems.invalidOrder(409, "order " + orderId + " has no reservation (" + state + ")");
  }

  /**
   * Returns the sold units of {@code orderId} to available: {@code RESTOCKED}; {@code RESTOCKED}
   * again when already restocked; {@code NONE} when nothing was sold.
   */
  public OrderState restock(Handle handle, String orderId) {
    return undo(handle, orderId, UnitMove.RESTOCK);
  }

  /** The counts of {@code sku}, if it exists. */
  public Optional<StockLevel> find(Handle handle, String sku) {
    return handle
        .createQuery("SELECT sku, available, reserved, sold FROM stock WHERE sku = :sku")
        .bind("sku", sku)
        .map(STOCK_LEVEL)
        .findOne();
  }

  /** Every SKU's counts, sorted by SKU. */
  public List<StockLevel> all(Handle handle) {
    return handle
        .createQuery("SELECT sku, available, reserved, sold FROM stock ORDER BY sku")
        .map(STOCK_LEVEL)
        .list();
  }

  /** Sets the available units of {@code sku}, creating it when absent; keeps reserved and sold. */
  public StockLevel setAvailable(Handle handle, String sku, long available) {
    int updated =
        handle
            .createUpdate("UPDATE stock SET available = :available WHERE sku = :sku")
            .bind("available", available)
            .bind("sku", sku)
            .execute();
    if (updated == 0) {
      insert(handle, sku, available);
    }
    return find(handle, sku).orElseThrow();
  }

  /** Creates {@code sku} with {@code available} units unless it exists; true when created. */
  public boolean createIfAbsent(Handle handle, String sku, long available) {
    if (find(handle, sku).isPresent()) {
      return false;
    }
    insert(handle, sku, available);
    return true;
  }

  private static void insert(Handle handle, String sku, long available) {
    handle
        .createUpdate(
            "INSERT INTO stock (sku, available, reserved, sold) VALUES (:sku, :available, 0, 0)")
        .bind("sku", sku)
        .bind("available", available)
        .execute();
  }

  private OrderState undo(Handle handle, String orderId, UnitMove move) {
    String state = moved(handle, orderId, move);
    return new OrderState(orderId, state.equals(move.to) ? state : OrderState.NONE);
  }

  /**
   * Applies {@code move} to the units of {@code orderId} when its reservation is in the move's
   * starting state, and answers the reservation's state after it ({@code NONE} when it has none).
   */
  private String moved(Handle handle, String orderId, UnitMove move) {
    if (!STATES.transition(handle, orderId, move.from, move.to)) {
      return STATES.state(handle, orderId).orElse(OrderState.NONE);
    }
    moveUnits(handle, orderId, move.fromUnits, move.toUnits);
    effects.record(handle, orderId, move.effect);
    return move.to;
  }

  private static Map<String, Long> merged(List<StockLine> lines) {
    Map<String, Long> merged = new TreeMap<>();
    for (StockLine line : lines) {
      merged.merge(line.sku(), (long) line.quantity(), Long::sum);
    }
    return merged;
  }

  private static void moveUnits(Handle handle, String orderId, String from, String to) {
    List<StockLine> lines =
        handle
            .createQuery(
                "SELECT sku, quantity FROM reservation_lines WHERE order_id = :orderId ORDER BY sku")
            .bind("orderId", orderId)
            .map((rs, ctx) -> new StockLine(rs.getString("sku"), rs.getInt("quantity")))
            .list();
    String sql =
        "UPDATE stock SET "
            + from
            + " = "
            + from
            + " - :q, "
            + to
            + " = "
            + to
            + " + :q"
            + " WHERE sku = :sku AND "
            + from
            + " >= :q";
    for (StockLine line : lines) {
      int moved =
          handle.createUpdate(sql).bind("q", line.quantity()).bind("sku", line.sku()).execute();
      if (moved != 1) {
        throw new IllegalStateException(
            "stock of " + line.sku() + " lost track of order " + orderId + "'s units");
      }
    }
  }
}
