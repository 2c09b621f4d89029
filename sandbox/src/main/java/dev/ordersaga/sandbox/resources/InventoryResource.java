package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.Fence;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.Outcome;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.sandbox.representations.ReservationRequest;
import dev.ordersaga.sandbox.representations.StockLevel;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.InventoryStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jdbi.v3.core.Jdbi;

/** The inventory system: {@code /inventory}. See API.md. */
@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public final class InventoryResource {
  private final Jdbi jdbi;
  private final IdempotentExecutor idempotent;
  private final InventoryStore inventory;

  /** A resource over {@code inventory}. */
  public InventoryResource(Jdbi jdbi, IdempotentExecutor idempotent, InventoryStore inventory) {
    this.jdbi = jdbi;
    this.idempotent = idempotent;
    this.inventory = inventory;
  }

  /** {@code 201 RESERVED}, all lines or none; {@code 409 OutOfStock}; {@code 422 InvalidOrder}. */
  @POST
  @Path("/reservations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reserve(
      @HeaderParam(IdempotentExecutor.KEY_HEADER) String key,
      @Context UriInfo uri,
      @NotNull @Valid ReservationRequest request) {
    return idempotent.execute(
        key,
        uri.getPath(),
        request,
        Fence.forward(request.orderId(), Effect.STOCK_RESERVE),
        h -> Outcome.created(inventory.reserve(h, request)));
  }

  /** {@code 200 RELEASED}, or {@code NONE} when nothing is reserved. */
  @POST
  @Path("/reservations/{orderId}/release")
  public Response release(
      @PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId,
      @HeaderParam(IdempotentExecutor.KEY_HEADER) String key,
      @Context UriInfo uri) {
    return idempotent.execute(
        key,
        uri.getPath(),
        null,
        Fence.undo(orderId, Effect.STOCK_RESERVE),
        h -> Outcome.ok(inventory.release(h, orderId)));
  }

  /** {@code 200 COMMITTED}; {@code 409 InvalidOrder} when there is no reservation. */
  @POST
  @Path("/reservations/{orderId}/commit")
  public Response commit(
      @PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId,
      @HeaderParam(IdempotentExecutor.KEY_HEADER) String key,
      @Context UriInfo uri) {
    return idempotent.execute(
        key,
        uri.getPath(),
        null,
        Fence.forward(orderId, Effect.STOCK_COMMIT),
        h -> Outcome.ok(inventory.commit(h, orderId)));
  }

  /** {@code 200 RESTOCKED}, or {@code NONE} when nothing was sold. */
  @POST
  @Path("/reservations/{orderId}/restock")
  public Response restock(
      @PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId,
      @HeaderParam(IdempotentExecutor.KEY_HEADER) String key,
      @Context UriInfo uri) {
    return idempotent.execute(
        key,
        uri.getPath(),
        null,
        Fence.undo(orderId, Effect.STOCK_COMMIT),
        h -> Outcome.ok(inventory.restock(h, orderId)));
  }

  /** The counts of {@code sku}; {@code 404} when unknown. */
  @GET
  @Path("/stock/{sku}")
  public StockLevel stock(@PathParam("sku") String sku) {
    return jdbi.withHandle(h -> inventory.find(h, sku))
        .orElseThrow(() -> Problems.notFound("unknown SKU " + sku));
  }
}
