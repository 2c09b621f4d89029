package dev.ordersaga.activities.records;

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
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderRecordsClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private OrderRecordsClient records;

  @BeforeEach
  void connect() {
    records = new OrderRecordsClient(TestHttp.against(server));
  }

  private static OpenRecordCommand openCommand() {
    return OpenRecordCommand.of(Orders.order("o-1"), "o-1:open-record");
  }

  @Test
  void openPostsTheOrderWithMoneyAsDecimalStrings() throws Exception {
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"state\":\"OPEN\"}"));

    records.open(openCommand());

    assertPost(
        next(server),
        "/records/o-1/open",
        "o-1:open-record",
        """
        {"customerId":"cust-7","currency":"USD","total":"44.98","items":[
          {"sku":"SKU-1","quantity":2,"unitPrice":"12.49"},
          {"sku":"SKU-2","quantity":1,"unitPrice":"20.00"}]}
        """);
  }

  @Test
  void completeAndCancelPostAnEmptyObjectWithTheirKeys() throws Exception {
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"state\":\"COMPLETED\"}"));
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"state\":\"NONE\"}"));

    records.complete(new StepCommand("o-1", "o-1:complete-record"));
    records.cancel(new StepCommand("o-1", "o-1:open-record:undo"));

    assertPost(next(server), "/records/o-1/complete", "o-1:complete-record", "{}");
    assertPost(next(server), "/records/o-1/cancel", "o-1:open-record:undo", "{}");
  }

  @Test
  void aRefusedOrderIsANonRetryableInvalidOrder() {
    server.enqueue(Answers.problem(422, "InvalidOrder", "bad total"));

    ApplicationFailure failure =
        nonRetryable(() -> records.open(openCommand()), OrderFailureTypes.INVALID_ORDER);

    assertThat(failure.getOriginalMessage()).isEqualTo("bad total");
  }

  @Test
  void anOutageWithRetryAfterIsRetryableAfterThatDelay() {
    server.enqueue(Answers.unavailable("3"));

    ApplicationFailure failure =
        retryable(() -> records.open(openCommand()), DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aRetryCarriesTheSameIdempotencyKeyAndAReplayIsASuccess() throws Exception {
    server.enqueue(Answers.unavailable("1"));
    server.enqueue(Answers.replayed(201, "{\"orderId\":\"o-1\",\"state\":\"OPEN\"}"));

    retryable(() -> records.open(openCommand()), DownstreamFailureTypes.UNAVAILABLE);
    records.open(openCommand());

    assertThat(next(server).getHeaders().get("Idempotency-Key")).isEqualTo("o-1:open-record");
    assertThat(next(server).getHeaders().get("Idempotency-Key")).isEqualTo("o-1:open-record");
  }
}
