package dev.ordersaga.api.bench;

import dev.ordersaga.api.auth.Role;
import dev.ordersaga.api.errors.Problem;
import dev.ordersaga.api.orders.Fingerprints;
import dev.ordersaga.api.representations.SubmitOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /bench/sync-orders}: the synchronous baseline of the benchmark. Takes the body of
 * {@code POST /orders}, runs every step inline ({@link SyncOrderSteps}) and answers {@code 200}
 * with the completed order only when all are done, or {@code 502} naming the step that failed.
 * Registered only when {@code syncBaseline.enabled}.
 */
@Path("/bench/sync-orders")
@Produces(MediaType.APPLICATION_JSON)
public final class SyncOrdersResource {
  private final SyncOrderSteps steps;

  public SyncOrdersResource(SyncOrderSteps steps) {
    this.steps = steps;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SERVICE)
  public Response place(@NotNull @Valid SubmitOrder body) throws InterruptedException {
    try {
      return Response.ok(steps.place(body.toOrder(Fingerprints.newOrderId()))).build();
    } catch (SyncStepFailedException e) {
      return Problem.of(Response.Status.BAD_GATEWAY, "step-failed", "A step failed", e.getMessage())
          .toResponse();
    }
  }
}
