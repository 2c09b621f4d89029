package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.OrderCall;
import dev.ordersaga.sandbox.idempotency.Outcome;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.OpenRecordRequest;
import dev.ordersaga.sandbox.representations.RecordView;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.RecordStore;
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

/** The order records system: {@code /records}. See API.md. */
@Path("/records/{orderId}")
@Produces(MediaType.APPLICATION_JSON)
public record RecordsResource(Jdbi jdbi, IdempotentExecutor idempotent, RecordStore records) {
  /** {@code 201 {"orderId","state":"OPEN"}}; {@code 422 InvalidOrder}. */
  @POST
  @Path("/open")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(
      @BeanParam @Valid OrderCall call, @NotNull @Valid OpenRecordRequest request) {
    return idempotent.execute(
        call,
        request,
        call.forward(Effect.RECORD_OPEN),
        h -> Outcome.created(records.open(h, call.orderId(), request)));
  }

  /** {@code 200 {"orderId","state":"COMPLETED"}}; {@code 409 InvalidOrder} when not open. */
  @POST
  @Path("/complete")
  public Response complete(@BeanParam @Valid OrderCall call) {
    return idempotent.execute(call, null, h -> Outcome.ok(records.complete(h, call.orderId())));
  }

  /** {@code 200 {"orderId","state":"CANCELLED"}}, or {@code "NONE"} when there is no record. */
  @POST
  @Path("/cancel")
  public Response cancel(@BeanParam @Valid OrderCall call) {
    return idempotent.undo(call, Effect.RECORD_OPEN, records::cancel);
  }

  /** The record; {@code 404} when there is none. */
  @GET
  public RecordView get(@PathParam("orderId") String orderId) {
    return jdbi.withHandle(h -> records.find(h, orderId))
        .orElseThrow(() -> Problems.notFound("no record of order " + orderId));
  }
}
