package dev.ordersaga.api.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.api.orders.Orders;
import dev.ordersaga.api.representations.PaymentEvent;
import dev.ordersaga.api.representations.WebhookReceipt;
import dev.ordersaga.api.webhooks.SignatureVerifier;
import dev.ordersaga.order.PaymentNotice;
import dev.ordersaga.telemetry.logging.LogContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment provider's callbacks. Authenticated by their HMAC signature, not a bearer token. A
 * verified event only signals the workflow to check the payment now; redeliveries are harmless. An
 * event for an unknown or finished order is acknowledged (202, {@code "signalled": false}) so the
 * provider stops redelivering what can never be delivered.
 */
@Path("/webhooks/payments")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhooksResource {
  /** The signature header: {@code t={unix seconds},v1={hex HMAC-SHA256 of "{t}.{body}"}}. */
  public static final String SIGNATURE = "Payment-Signature";

  private static final Logger log = LoggerFactory.getLogger(WebhooksResource.class);

  private final Orders orders;
  private final SignatureVerifier verifier;
  private final ObjectMapper json;
  private final Validator validator;

  public WebhooksResource(
      Orders orders, SignatureVerifier verifier, ObjectMapper json, Validator validator) {
    this.orders = orders;
    this.verifier = verifier;
    this.json = json;
    this.validator = validator;
  }

  /** Verifies the signature over the raw body first, then reads and checks the event. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response paymentEvent(@HeaderParam(SIGNATURE) String signature, byte[] body)
      throws IOException {
    verifier.verify(signature, body);
    PaymentEvent event = json.readValue(body, PaymentEvent.class);
    if (event == null) {
      throw new jakarta.ws.rs.BadRequestException("the body must be a JSON object");
    }
    Set<ConstraintViolation<PaymentEvent>> violations = validator.validate(event);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    try (LogContext ignored = OrderLogging.open(event.orderId())) {
      boolean signalled =
          orders.notifyPayment(
              event.orderId(), new PaymentNotice(event.paymentId(), event.eventId()));
      log.info(
          "payment event {} ({}) for order {}: {}",
          event.eventId(),
          event.status(),
          event.orderId(),
          signalled ? "signalled" : "no running order");
      return Response.accepted(new WebhookReceipt(event.eventId(), event.orderId(), signalled))
          .build();
    }
  }
}
