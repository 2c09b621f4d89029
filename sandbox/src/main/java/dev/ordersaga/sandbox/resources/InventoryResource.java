package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.IdempotentCall;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.OrderCall;
import dev.ordersaga.sandbox.idempotency.Outcome;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.ReservationRequest;
import dev.ordersaga.sandbox.representations.StockLevel;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.InventoryStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The inventory system: {@code /inventory}. See API.md. */
@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public record InventoryResource(
    Jdbi jdbi, IdempotentExecutor idempotent, InventoryStore inventory) {
  /** {@code 201 RESERVED}, all lines or none; {@code 409 OutOfStock}; {@code 422 InvalidOrder}. */
  @POST
  @Path("/reservations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reserve(
      @BeanParam IdempotentCall call, @NotNull @Valid ReservationRequest request) {
    return idempotent.create(call, request, Effect.STOCK_RESERVE, inventory::reserve);
  }

  /** {@code 200 RELEASED}, or {@code NONE} when nothing is reserved. */
  @POST
  @Path("/reservations/{orderId}/release")
  public Response release(@BeanParam @Valid OrderCall call) {
    return idempotent.undo(call, Effect.STOCK_RESERVE, inventory::release);
  }

  /** {@code 200 COMMITTED}; {@code 409 InvalidOrder} when there is no reservation. */
  @POST
  @Path("/reservations/{orderId}/commit")
  public Response commit(@BeanParam @Valid OrderCall call) {
    return idempotent.execute(
        call,
        null,
        call.forward(Effect.STOCK_COMMIT),
        h -> Outcome.ok(inventory.commit(h, call.orderId())));
  }

  /** {@code 200 RESTOCKED}, or {@code NONE} when nothing was sold. */
  @POST
  @Path("/reservations/{orderId}/restock")
  public Response restock(@BeanParam @Valid OrderCall call) {
    return idempotent.undo(call, Effect.STOCK_COMMIT, inventory::restock);
  }

  /** The counts of {@code sku}; {@code 404} when unknown. */
  @GET
  @Path("/stock/{sku}")
  public StockLevel stock(@PathParam("sku") String sku) {
    return jdbi.withHandle(h -> inventory.find(h, sku))
        .orElseThrow(() -> Problems.notFound("unknown SKU " + sku));
  }
}
