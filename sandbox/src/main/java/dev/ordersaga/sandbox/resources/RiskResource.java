package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.IdempotentCall;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.Outcome;
import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.sandbox.representations.RiskAssessments;
import dev.ordersaga.sandbox.representations.RiskRequest;
import dev.ordersaga.sandbox.store.RiskStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jdbi.v3.core.Jdbi;

/** The risk system: {@code /risk}. Screens orders for fraud; reads only. See API.md. */
@Path("/risk/assessments")
@Produces(MediaType.APPLICATION_JSON)
public record RiskResource(Jdbi jdbi, IdempotentExecutor idempotent, RiskStore risk) {
  /** {@code 201 {"assessmentId","orderId","decision","reason"}}; {@code 422 InvalidOrder}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assess(@BeanParam IdempotentCall call, @NotNull @Valid RiskRequest request) {
    return idempotent.execute(call, request, h -> Outcome.created(risk.assess(h, request)));
  }

  /** Every assessment of the order, oldest first. Read-only, so it needs no idempotency key. */
  @GET
  public RiskAssessments ofOrder(
      @QueryParam("orderId") @NotNull @Pattern(regexp = Ids.ORDER_ID) String orderId) {
    return new RiskAssessments(jdbi.withHandle(h -> risk.ofOrder(h, orderId)));
  }
}
