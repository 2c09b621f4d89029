package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.idempotency.IdempotentCall;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.idempotency.Outcome;
import dev.ordersaga.sandbox.representations.MerchantNotice;
import dev.ordersaga.sandbox.store.NotificationStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The notifications system: {@code /notifications}. See API.md. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public record NotificationsResource(
    IdempotentExecutor idempotent, NotificationStore notifications) {
  /** {@code 202 {"orderId","state":"SENT"}}. */
  @POST
  @Path("/merchant")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response notifyMerchant(
      @BeanParam IdempotentCall call, @NotNull @Valid MerchantNotice notice) {
    return idempotent.execute(
        call, notice, h -> Outcome.accepted(notifications.notifyMerchant(h, notice)));
  }
}
