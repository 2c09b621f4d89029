package dev.ordersaga.activities.shipping;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.http.FailureClassifier;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.ShipmentCreated;
import dev.ordersaga.order.steps.ShippingActivities;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ShippingActivities} over {@code /shipments}. Every call is a POST with the command's
 * {@code Idempotency-Key}; the carrier's refusal is {@code ShipmentRefused}.
 */
public record ShippingClient(DownstreamHttp http) implements ShippingActivities {
  private static final Logger log = LoggerFactory.getLogger(ShippingClient.class);

  private static final String CREATED = "CREATED";

  /**
   * {@code POST /shipments}; 422 {@code ShipmentRefused} for an undeliverable address.
   *
   * @throws ApplicationFailure {@code UnexpectedResponse} when the answer has no shipment id
   */
  @Override
  public ShipmentCreated create(ShipmentCommand command) {
    ShipmentReply reply =
        http.post(
            command.idempotencyKey(),
            new ShipmentBody(command.orderId(), command.address(), command.lines()),
            ShipmentReply.class,
            "shipments");
    String shipmentId =
        FailureClassifier.required(reply.shipmentId(), "POST /shipments", "shipmentId");
    log.info("shipment {} created", shipmentId);
    return new ShipmentCreated(shipmentId);
  }

  /** {@code GET /shipments/orders/{orderId}}: the shipment when its state is {@code CREATED}. */
  @Override
  public ShipmentCreated find(StepCommand command) {
    ShipmentReply reply =
        http.get(http.url("shipments", "orders", command.orderId()), ShipmentReply.class);
    log.info("shipment lookup: {} {}", reply.shipmentId(), reply.state());
    return CREATED.equals(reply.state()) ? new ShipmentCreated(reply.shipmentId()) : null;
  }

  /** {@code POST /shipments/orders/{orderId}/cancel}; state NONE when there is no shipment. */
  @Override
  public void cancel(StepCommand command) {
    http.changeState(command, "shipments", "orders", command.orderId(), "cancel");
  }
}
