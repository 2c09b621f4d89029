package dev.ordersaga.activities.shipping;

import static dev.ordersaga.activities.testing.FailureAssert.nonRetryable;
import static dev.ordersaga.activities.testing.FailureAssert.retryable;
import static dev.ordersaga.activities.testing.Recorded.assertPost;
import static dev.ordersaga.activities.testing.Recorded.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.Orders;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.ShipmentCreated;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.order.steps.StockLine;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShippingClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private ShippingClient shipping;

  @BeforeEach
  void connect() {
    shipping = new ShippingClient(TestHttp.against(server));
  }

  private static ShipmentCommand ship() {
    return new ShipmentCommand(
        "o-1", "o-1:create-shipment", Orders.ADDRESS, List.of(new StockLine("SKU-1", 2)));
  }

  @Test
  void createPostsAddressAndLinesAndReturnsTheShipmentId() throws Exception {
    server.enqueue(
        Answers.json(201, "{\"shipmentId\":\"shp-3\",\"orderId\":\"o-1\",\"state\":\"CREATED\"}"));

    ShipmentCreated created = shipping.create(ship());

    assertThat(created).isEqualTo(new ShipmentCreated("shp-3"));
    assertPost(
        next(server),
        "/shipments",
        "o-1:create-shipment",
        """
        {"orderId":"o-1",
         "address":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London",
                    "postalCode":"N1 9GU","country":"GB"},
         "lines":[{"sku":"SKU-1","quantity":2}]}
        """);
  }

  @Test
  void anUndeliverableAddressIsANonRetryableShipmentRefused() {
    server.enqueue(Answers.problem(422, "ShipmentRefused", "postal code 00000"));

    ApplicationFailure failure =
        nonRetryable(() -> shipping.create(ship()), OrderFailureTypes.SHIPMENT_REFUSED);

    assertThat(failure.getOriginalMessage()).isEqualTo("postal code 00000");
  }

  @Test
  void aCarrierOutageWithRetryAfterIsRetryableAfterThatDelay() {
    server.enqueue(Answers.unavailable("4"));

    ApplicationFailure failure =
        retryable(() -> shipping.create(ship()), DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aReplayedCreateReturnsTheSameShipment() {
    server.enqueue(
        Answers.replayed(
            201, "{\"shipmentId\":\"shp-3\",\"orderId\":\"o-1\",\"state\":\"CREATED\"}"));

    assertThat(shipping.create(ship())).isEqualTo(new ShipmentCreated("shp-3"));
  }

  @Test
  void anAnswerWithoutAShipmentIdIsANonRetryableContractBreach() {
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"state\":\"CREATED\"}"));

    nonRetryable(() -> shipping.create(ship()), DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }

  @Test
  void cancelPostsToTheOrdersShipmentWithTheUndoKey() throws Exception {
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"state\":\"NONE\"}"));

    shipping.cancel(new StepCommand("o-1", "o-1:create-shipment:undo"));

    assertPost(next(server), "/shipments/orders/o-1/cancel", "o-1:create-shipment:undo", "{}");
  }
}
