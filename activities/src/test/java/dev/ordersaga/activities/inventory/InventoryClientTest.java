package dev.ordersaga.activities.inventory;

import static dev.ordersaga.activities.testing.FailureAssert.nonRetryable;
import static dev.ordersaga.activities.testing.FailureAssert.retryable;
import static dev.ordersaga.activities.testing.Recorded.assertPost;
import static dev.ordersaga.activities.testing.Recorded.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.order.steps.StockLine;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private InventoryClient inventory;

  @BeforeEach
  void connect() {
    inventory = new InventoryClient(TestHttp.against(server));
  }

  private static ReserveStockCommand reserveCommand() {
    return new ReserveStockCommand(
        "o-1", "o-1:reserve-stock", List.of(new StockLine("SKU-1", 2), new StockLine("SKU-2", 1)));
  }

  @Test
  void reservePostsEveryLineWithTheKey() throws Exception {
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"state\":\"RESERVED\"}"));

    inventory.reserve(reserveCommand());

    assertPost(
        next(server),
        "/inventory/reservations",
        "o-1:reserve-stock",
        """
        {"orderId":"o-1","lines":[{"sku":"SKU-1","quantity":2},{"sku":"SKU-2","quantity":1}]}
        """);
  }

  @Test
  void releaseCommitAndRestockPostToTheOrdersReservation() throws Exception {
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"state\":\"RELEASED\"}"));
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"state\":\"COMMITTED\"}"));
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"state\":\"NONE\"}"));

    inventory.release(new StepCommand("o-1", "o-1:reserve-stock:undo"));
    inventory.commit(new StepCommand("o-1", "o-1:commit-stock"));
    inventory.restock(new StepCommand("o-1", "o-1:commit-stock:undo"));

    assertPost(next(server), "/inventory/reservations/o-1/release", "o-1:reserve-stock:undo", "{}");
    assertPost(next(server), "/inventory/reservations/o-1/commit", "o-1:commit-stock", "{}");
    assertPost(next(server), "/inventory/reservations/o-1/restock", "o-1:commit-stock:undo", "{}");
  }

  @Test
  void missingStockIsANonRetryableOutOfStock() {
    server.enqueue(Answers.problem(409, "OutOfStock", "SKU-1: 1 available, 2 wanted"));

    ApplicationFailure failure =
        nonRetryable(() -> inventory.reserve(reserveCommand()), OrderFailureTypes.OUT_OF_STOCK);

    assertThat(failure.getOriginalMessage()).isEqualTo("SKU-1: 1 available, 2 wanted");
  }

  @Test
  void anUnknownSkuIsANonRetryableInvalidOrder() {
    server.enqueue(Answers.problem(422, "InvalidOrder", "unknown SKU"));

    nonRetryable(() -> inventory.reserve(reserveCommand()), OrderFailureTypes.INVALID_ORDER);
  }

  @Test
  void committingWithoutAReservationIsANonRetryableInvalidOrder() {
    server.enqueue(Answers.problem(409, "InvalidOrder", "no reservation"));

    nonRetryable(
        () -> inventory.commit(new StepCommand("o-1", "o-1:commit-stock")),
        OrderFailureTypes.INVALID_ORDER);
  }

  @Test
  void anOutageWithRetryAfterIsRetryableAfterThatDelay() {
    server.enqueue(Answers.unavailable("2"));

    ApplicationFailure failure =
        retryable(
            () -> inventory.release(new StepCommand("o-1", "o-1:reserve-stock:undo")),
            DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aReplayedReservationIsASuccess() {
    server.enqueue(Answers.replayed(201, "{\"orderId\":\"o-1\",\"state\":\"RESERVED\"}"));

    inventory.reserve(reserveCommand());

    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
