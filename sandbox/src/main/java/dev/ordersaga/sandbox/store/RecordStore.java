package dev.ordersaga.sandbox.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.OpenRecordRequest;
import dev.ordersaga.sandbox.representations.OrderState;
import dev.ordersaga.sandbox.representations.RecordItem;
import dev.ordersaga.sandbox.representations.RecordView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The order records system. States: {@code OPEN → COMPLETED} or {@code OPEN → CANCELLED}.
 *
 * <ul>
 *   <li>open: needs items and {@code total} equal to the sum of the lines (else {@code 422
 *       InvalidOrder}); opening an already open record changes nothing; a closed one is {@code 409
 *       InvalidOrder};
 *   <li>complete: only from {@code OPEN}, else {@code 409 InvalidOrder};
 *   <li>cancel: from {@code OPEN}; already cancelled answers {@code CANCELLED} again, no record
 *       answers {@code NONE}, a completed record is {@code 409 InvalidOrder}.
 * </ul>
 */
public final class RecordStore {
  private static final StateTable STATES = new StateTable("order_records");
  private static final TypeReference<List<RecordItem>> ITEMS = new TypeReference<>() {};

  private final EffectLog effects;
  private final JsonColumns json;

  /** A store logging to {@code effects}, keeping items as JSON with {@code json}. */
  public RecordStore(EffectLog effects, JsonColumns json) {
    this.effects = effects;
    this.json = json;
  }

  /** Opens the record of {@code orderId}. */
  public OrderState open(Handle handle, String orderId, OpenRecordRequest request) {
    if (request.items().isEmpty()) {
      throw Problems.invalidOrder(422, "an order needs at least one item");
    }
    BigDecimal sum =
        request.items().stream()
            .map(RecordItem::lineTotal)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (request.total().signum() < 0 || request.total().compareTo(sum) != 0) {
      throw Problems.invalidOrder(
          422,
          "total "
              + request.total().toPlainString()
              + " is not the sum of the lines, "
              + sum.toPlainString());
    }
    Optional<String> existing = STATES.state(handle, orderId);
    if (existing.isPresent()) {
      if (existing.get().equals("OPEN")) {
        return new OrderState(orderId, "OPEN");
      }
      throw Problems.invalidOrder(409, "order " + orderId + " is already " + existing.get());
    }
    handle
        .createUpdate(
            "INSERT INTO order_records"
                + " (order_id, customer_id, currency, total, items, state, updated_at)"
                + " VALUES (:orderId, :customerId, :currency, :total, :items, 'OPEN', :now)")
        .bind("orderId", orderId)
        .bind("customerId", request.customerId())
        .bind("currency", request.currency())
        .bind("total", request.total().toPlainString())
        .bind("items", json.write(request.items()))
        .bind("now", System.currentTimeMillis())
        .execute();
    effects.record(handle, orderId, Effect.RECORD_OPEN);
    return new OrderState(orderId, "OPEN");
  }

  /** Completes the open record of {@code orderId}. */
  public OrderState complete(Handle handle, String orderId) {
    if (STATES.transition(handle, orderId, "OPEN", "COMPLETED")) {
      effects.record(handle, orderId, Effect.RECORD_COMPLETE);
      return new OrderState(orderId, "COMPLETED");
    }
    String state = STATES.state(handle, orderId).orElse(OrderState.NONE);
    throw Problems.invalidOrder(409, "order " + orderId + " is not open (" + state + ")");
  }

  /** Cancels the record of {@code orderId}, if it is open. */
  public OrderState cancel(Handle handle, String orderId) {
    if (STATES.transition(handle, orderId, "OPEN", "CANCELLED")) {
      effects.record(handle, orderId, Effect.RECORD_CANCEL);
      return new OrderState(orderId, "CANCELLED");
    }
    Optional<String> state = STATES.state(handle, orderId);
    if (state.isEmpty()) {
      return new OrderState(orderId, OrderState.NONE);
    }
    if (state.get().equals("CANCELLED")) {
      return new OrderState(orderId, "CANCELLED");
    }
    throw Problems.invalidOrder(409, "order " + orderId + " is " + state.get());
  }

  /** The record of {@code orderId}, if any. */
  public Optional<RecordView> find(Handle handle, String orderId) {
    return handle
        .createQuery(
            "SELECT order_id, customer_id, currency, total, items, state FROM order_records"
                + " WHERE order_id = :orderId")
        .bind("orderId", orderId)
        .map(
            (rs, ctx) ->
                new RecordView(
                    rs.getString("order_id"),
                    rs.getString("state"),
                    rs.getString("customer_id"),
                    rs.getString("currency"),
                    new BigDecimal(rs.getString("total")),
                    json.read(rs.getString("items"), ITEMS)))
        .findOne();
  }

  /** Every record's state, by order id. */
  public List<OrderState> states(Handle handle) {
    return handle
        .createQuery("SELECT order_id, state FROM order_records ORDER BY order_id")
        .map((rs, ctx) -> new OrderState(rs.getString("order_id"), rs.getString("state")))
        .list();
  }
}
