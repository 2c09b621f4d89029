package dev.ordersaga.sandbox.store;

import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.OrderState;
import dev.ordersaga.sandbox.representations.ShipmentCreated;
import dev.ordersaga.sandbox.representations.ShipmentRequest;
import dev.ordersaga.sandbox.representations.ShipmentSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The shipping system. A shipment is {@code CREATED → CANCELLED}; the carrier refuses postal code
 * {@value #REFUSED_POSTAL_CODE} ({@code 422 ShipmentRefused}). While an order has a {@code CREATED}
 * shipment, creating another answers that one and creates nothing.
 *
 * @param effects where creations and cancellations are counted
 * @param json how addresses and lines are kept
 */
public record ShipmentStore(EffectLog effects, JsonColumns json) {
  /** The postal code the carrier refuses. */
  public static final String REFUSED_POSTAL_CODE = "00000";

  /** Creates the shipment of {@code request}. */
  public ShipmentCreated create(Handle handle, ShipmentRequest request) {
    String orderId = request.orderId();
    if (REFUSED_POSTAL_CODE.equals(request.address().postalCode().trim())) {
      throw Problems.shipmentRefused(
          "the carrier does not deliver to postal code " + REFUSED_POSTAL_CODE);
    }
    Optional<ShipmentCreated> latest = latestOf(handle, orderId);
    if (latest.isPresent() && latest.get().state().equals("CREATED")) {
      return latest.get();
    }
    String shipmentId = "shp_" + UUID.randomUUID().toString().replace("-", "");
    handle
        .createUpdate(
            "INSERT INTO shipments (shipment_id, order_id, state, address, line_items, created_at)"
                + " VALUES (:id, :orderId, 'CREATED', :address, :lines, :now)")
        .bind("id", shipmentId)
        .bind("orderId", orderId)
        .bind("address", json.write(request.address()))
        .bind("lines", json.write(request.lines()))
        .bind("now", System.currentTimeMillis())
        .execute();
    effects.record(handle, orderId, Effect.SHIPMENT_CREATE);
    return new ShipmentCreated(shipmentId, orderId, "CREATED");
  }

  /**
   * Cancels the newest shipment of {@code orderId}: {@code CANCELLED} (again when already
   * cancelled); {@code NONE} when there is none.
   */
  public OrderState cancel(Handle handle, String orderId) {
    Optional<ShipmentCreated> latest = latestOf(handle, orderId);
    if (latest.isEmpty()) {
      return new OrderState(orderId, OrderState.NONE);
    }
    int cancelled =
        handle
            .createUpdate(
                "UPDATE shipments SET state = 'CANCELLED' WHERE shipment_id = :id AND state = 'CREATED'")
            .bind("id", latest.get().shipmentId())
            .execute();
    if (cancelled == 1) {
      effects.record(handle, orderId, Effect.SHIPMENT_CANCEL);
    }
    return new OrderState(orderId, "CANCELLED");
  }

  /**
   * The newest shipment of {@code orderId}; state {@code NONE} (and no shipment id) when it has
   * none.
   */
  public ShipmentCreated find(Handle handle, String orderId) {
    return latestOf(handle, orderId).orElse(new ShipmentCreated(null, orderId, OrderState.NONE));
  }

  private static Optional<ShipmentCreated> latestOf(Handle handle, String orderId) {
    return handle
        .createQuery(
            "SELECT shipment_id, order_id, state FROM shipments WHERE order_id = :orderId"
                + " ORDER BY created_at DESC, shipment_id DESC")
        .bind("orderId", orderId)
        .map(
            (rs, ctx) ->
                new ShipmentCreated(
                    rs.getString("shipment_id"), rs.getString("order_id"), rs.getString("state")))
        .stream()
        .findFirst();
  }

  /** Every shipment, oldest first. */
  public List<ShipmentSummary> summaries(Handle handle) {
    return handle
        .createQuery(
            "SELECT shipment_id, order_id, state FROM shipments ORDER BY created_at, shipment_id")
        .map(
            (rs, ctx) ->
                new ShipmentSummary(
                    rs.getString("shipment_id"), rs.getString("order_id"), rs.getString("state")))
        .list();
  }
}
