package dev.ordersaga.activities.payments;

import static dev.ordersaga.activities.testing.FailureAssert.nonRetryable;
import static dev.ordersaga.activities.testing.FailureAssert.retryable;
import static dev.ordersaga.activities.testing.Recorded.assertPost;
import static dev.ordersaga.activities.testing.Recorded.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentRequested;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentsClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private PaymentsClient payments;

  @BeforeEach
  void connect() {
    payments = new PaymentsClient(TestHttp.against(server));
  }

  private static PaymentCommand charge() {
    return new PaymentCommand(
        "o-1", "o-1:request-payment", new BigDecimal("44.98"), "USD", "tok_ok");
  }

  @Test
  void requestPostsTheAmountAsADecimalStringAndReturnsThePaymentId() throws Exception {
    server.enqueue(
        Answers.json(201, "{\"paymentId\":\"pay-9\",\"orderId\":\"o-1\",\"status\":\"PENDING\"}"));

    PaymentRequested requested = payments.request(charge());

    assertThat(requested).isEqualTo(new PaymentRequested("pay-9"));
    assertPost(
        next(server),
        "/payments",
        "o-1:request-payment",
        """
        {"orderId":"o-1","amount":"44.98","currency":"USD","token":"tok_ok"}
        """);
  }

  @Test
  void aReplayedRequestReturnsTheSamePaymentId() {
    server.enqueue(
        Answers.replayed(
            201, "{\"paymentId\":\"pay-9\",\"orderId\":\"o-1\",\"status\":\"PENDING\"}"));

    assertThat(payments.request(charge())).isEqualTo(new PaymentRequested("pay-9"));
  }

  @Test
  void anAnswerWithoutAPaymentIdIsANonRetryableContractBreach() {
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"status\":\"PENDING\"}"));

    nonRetryable(() -> payments.request(charge()), DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }

  @Test
  void aDeclineAtOnceIsANonRetryablePaymentDeclined() {
    server.enqueue(Answers.problem(402, "PaymentDeclined", "card declined"));

    nonRetryable(() -> payments.request(charge()), OrderFailureTypes.PAYMENT_DECLINED);
  }

  @Test
  void anUnknownTokenIsANonRetryableInvalidOrder() {
    server.enqueue(Answers.problem(422, "InvalidOrder", "unknown token"));

    nonRetryable(() -> payments.request(charge()), OrderFailureTypes.INVALID_ORDER);
  }

  @Test
  void aProviderOutageWithRetryAfterIsRetryableAfterThatDelay() throws Exception {
    server.enqueue(Answers.unavailable("5"));

    ApplicationFailure failure =
        retryable(() -> payments.request(charge()), DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(next(server).getHeaders().get("Idempotency-Key")).isEqualTo("o-1:request-payment");
  }

  @Test
  void refundPostsToTheOrdersPaymentWithTheUndoKey() throws Exception {
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"status\":\"REFUNDED\"}"));

    payments.refund(new StepCommand("o-1", "o-1:request-payment:undo"));

    assertPost(next(server), "/payments/orders/o-1/refund", "o-1:request-payment:undo", "{}");
  }

  @Test
  void refundingNothingIsASuccess() {
    server.enqueue(Answers.json(200, "{\"orderId\":\"o-1\",\"status\":\"NONE\"}"));

    payments.refund(new StepCommand("o-1", "o-1:request-payment:undo"));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
