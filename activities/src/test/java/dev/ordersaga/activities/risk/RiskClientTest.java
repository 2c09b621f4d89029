package dev.ordersaga.activities.risk;

import static dev.ordersaga.activities.testing.FailureAssert.nonRetryable;
import static dev.ordersaga.activities.testing.FailureAssert.retryable;
import static dev.ordersaga.activities.testing.Recorded.assertPost;
import static dev.ordersaga.activities.testing.Recorded.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.steps.RiskCommand;
import dev.ordersaga.order.steps.RiskDecision;
import dev.ordersaga.order.steps.RiskVerdict;
import java.math.BigDecimal;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskClientTest {
  private static final RiskCommand SCREEN =
      new RiskCommand(
          "o-1", "o-1:screen-fraud", "cust-7", new BigDecimal("44.98"), "USD", "9f86d081");

  @StartStop private final MockWebServer server = new MockWebServer();

  private RiskVerdict assess() {
    return new RiskClient(TestHttp.against(server)).assess(SCREEN);
  }

  private static String verdict(String decision) {
    return """
        {"assessmentId":"ra-5","orderId":"o-1","decision":"%s","reason":"velocity"}
        """
        .formatted(decision);
  }

  @Test
  void assessPostsTheOrderWithTheTotalAsADecimalStringAndItsKey() throws Exception {
    server.enqueue(Answers.json(201, verdict("approve")));

    assess();

    assertPost(
        next(server),
        "/risk/assessments",
        "o-1:screen-fraud",
        """
        {"orderId":"o-1","customerId":"cust-7","total":"44.98","currency":"USD",
         "addressHash":"9f86d081"}
        """);
  }

  @ParameterizedTest
  @CsvSource({"approve, APPROVE", "Review, REVIEW", "DECLINE, DECLINE"})
  void theDecisionIsReadInAnyCase(String answered, RiskDecision decision) {
    server.enqueue(Answers.json(201, verdict(answered)));

    assertThat(assess()).isEqualTo(new RiskVerdict("ra-5", decision, "velocity"));
  }

  @Test
  void anOutageWithRetryAfterIsRetriedWithTheSameKeyAndThenAnswers() throws Exception {
    server.enqueue(Answers.unavailable("2"));
    server.enqueue(Answers.replayed(201, verdict("review")));

    assertThat(retryable(this::assess, DownstreamFailureTypes.UNAVAILABLE).getNextRetryDelay())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(assess().decision()).isEqualTo(RiskDecision.REVIEW);
    assertThat(next(server).getHeaders().get("Idempotency-Key")).isEqualTo("o-1:screen-fraud");
    assertThat(next(server).getHeaders().get("Idempotency-Key")).isEqualTo("o-1:screen-fraud");
  }

  @Test
  void aRefusedRequestIsANonRetryableInvalidOrder() {
    server.enqueue(Answers.problem(422, "InvalidOrder", "addressHash is not hex"));

    assertThat(nonRetryable(this::assess, OrderFailureTypes.INVALID_ORDER).getOriginalMessage())
        .isEqualTo("addressHash is not hex");
  }

  @Test
  void anUnknownDecisionIsANonRetryableContractBreach() {
    server.enqueue(Answers.json(201, verdict("maybe")));

    nonRetryable(this::assess, DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }

  @Test
  void anAnswerWithoutAnAssessmentIdIsANonRetryableContractBreach() {
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"decision\":\"approve\"}"));

    nonRetryable(this::assess, DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }
}
