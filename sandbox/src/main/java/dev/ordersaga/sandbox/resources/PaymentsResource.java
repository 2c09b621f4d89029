package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.IdempotentCall;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.OrderCall;
import dev.ordersaga.sandbox.payments.PaymentService;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.ChargeRequest;
import dev.ordersaga.sandbox.representations.PaymentView;
import dev.ordersaga.sandbox.representations.StatusReply;
import dev.ordersaga.sandbox.representations.StatusRequest;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.PaymentStore;
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

/** The payments system: {@code /payments}. See API.md. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
public record PaymentsResource(
    Jdbi jdbi, IdempotentExecutor idempotent, PaymentService service, PaymentStore payments) {
  /** {@code 201 {"paymentId","orderId","status":"PENDING"}}; {@code 422 InvalidOrder}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response charge(@BeanParam IdempotentCall call, @NotNull @Valid ChargeRequest request) {
    return idempotent.create(call, request, Effect.PAYMENT_CHARGE, service::charge);
  }

  /** The payment; {@code 404} when unknown. */
  @GET
  @Path("/{paymentId}")
  public PaymentView get(@PathParam("paymentId") String paymentId) {
    return jdbi.withHandle(h -> payments.find(h, paymentId))
        .map(PaymentStore.StoredPayment::view)
        .orElseThrow(() -> Problems.notFound("unknown payment " + paymentId));
  }

  /**
   * The status of many payments in one call, for pollers that hold many waiting payments: {@code
   * 200 {"payments":[...]}}, unknown ids left out. Read-only, so it needs no idempotency key.
   */
  @POST
  @Path("/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public StatusReply status(@NotNull @Valid StatusRequest request) {
    return new StatusReply(
        jdbi.withHandle(h -> payments.findAll(h, request.paymentIds())).stream()
            .map(PaymentStore.StoredPayment::view)
            .toList());
  }

  /** {@code 200 {"orderId","status"}}: {@code REFUNDED}, {@code VOIDED} or {@code NONE}. */
  @POST
  @Path("/orders/{orderId}/refund")
  public Response refund(@BeanParam @Valid OrderCall call) {
    return idempotent.undo(call, Effect.PAYMENT_CHARGE, service::refund);
  }
}
