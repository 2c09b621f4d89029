package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.IdempotentCall;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.OrderCall;
import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.sandbox.representations.ShipmentCreated;
import dev.ordersaga.sandbox.representations.ShipmentRequest;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.ShipmentStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jdbi.v3.core.Jdbi;

/** The shipping system: {@code /shipments}. See API.md. */
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
public record ShipmentsResource(Jdbi jdbi, IdempotentExecutor idempotent, ShipmentStore shipments) {
  /**
   * The order's newest shipment: {@code 200 {"shipmentId","orderId","state"}}, state {@code
   * CREATED}, {@code CANCELLED}, or {@code NONE} (no shipment id) when it has none. Read-only, so
   * it needs no idempotency key.
   */
  @GET
  @Path("/orders/{orderId}")
  public ShipmentCreated find(
      @PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId) {
    return jdbi.withHandle(h -> shipments.find(h, orderId));
  }

  /** {@code 201 {"shipmentId","orderId","state":"CREATED"}}; {@code 422 ShipmentRefused}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@BeanParam IdempotentCall call, @NotNull @Valid ShipmentRequest request) {
    return idempotent.create(call, request, Effect.SHIPMENT_CREATE, shipments::create);
  }

  /** {@code 200 CANCELLED}, or {@code NONE} when the order has no shipment. */
  @POST
  @Path("/orders/{orderId}/cancel")
  public Response cancel(@BeanParam @Valid OrderCall call) {
    return idempotent.undo(call, Effect.SHIPMENT_CREATE, shipments::cancel);
  }
}
