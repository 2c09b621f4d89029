package dev.ordersaga.activities.http;

import static dev.ordersaga.activities.testing.FailureAssert.nonRetryable;
import static dev.ordersaga.activities.testing.FailureAssert.retryable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.policy.RetryBackoff;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailureClassifierTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @StartStop private final MockWebServer server = new MockWebServer();

  private DownstreamHttp http;

  @BeforeEach
  void connect() {
    http = TestHttp.against(server, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private StateReply post() {
    return http.post("o-1:step", Map.of(), StateReply.class, "things");
  }

  @ParameterizedTest(name = "a {0} answer is a success")
  @ValueSource(ints = {200, 201, 202})
  void aSuccessfulAnswerIsParsed(int status) {
    server.enqueue(Answers.json(status, "{\"orderId\":\"o-1\",\"state\":\"OPEN\",\"extra\":1}"));

    assertThat(post()).isEqualTo(new StateReply("o-1", "OPEN"));
  }

  @Test
  void aReplayedAnswerIsASuccessLikeTheOriginal() {
    server.enqueue(Answers.replayed(201, "{\"orderId\":\"o-1\",\"state\":\"RESERVED\"}"));

    assertThat(post()).isEqualTo(new StateReply("o-1", "RESERVED"));
  }

  @ParameterizedTest(name = "{0} {1} is a non-retryable {1}")
  @CsvSource({
    "409, OutOfStock",
    "422, InvalidOrder",
    "409, InvalidOrder",
    "402, PaymentDeclined",
    "422, PaymentDeclined",
    "422, ShipmentRefused",
    "409, AlreadyUndone"
  })
  void aBusinessRefusalIsNonRetryableAndNamedByItsCode(int status, String code) {
    server.enqueue(Answers.problem(status, code, "refused because " + code));

    ApplicationFailure failure = nonRetryable(this::post, code);

    assertThat(failure.getOriginalMessage()).isEqualTo("refused because " + code);
  }

  @Test
  void aReusedIdempotencyKeyIsANonRetryableBugReport() {
    server.enqueue(Answers.problem(422, "IdempotencyKeyReused", "different body"));

    ApplicationFailure failure =
        nonRetryable(this::post, DownstreamFailureTypes.IDEMPOTENCY_KEY_REUSED);

    assertThat(failure.getOriginalMessage())
        .contains("POST /things", "422", "IdempotencyKeyReused", "different body");
  }

  @ParameterizedTest(name = "{0} with code {1} is a non-retryable DownstreamRejected")
  @CsvSource({
    "400, MissingIdempotencyKey",
    "405, MethodNotAllowed",
    "409, Conflict",
    "410, Gone",
    "422, Unprocessable"
  })
  void anyOtherClientErrorIsANonRetryableRejection(int status, String code) {
    server.enqueue(Answers.problem(status, code, "no"));

    nonRetryable(this::post, DownstreamFailureTypes.REJECTED);
  }

  @Test
  void aClientErrorWithoutAProblemBodyIsANonRetryableRejection() {
    server.enqueue(new MockResponse.Builder().code(400).body("<html>bad request</html>").build());

    ApplicationFailure failure = nonRetryable(this::post, DownstreamFailureTypes.REJECTED);

    assertThat(failure.getOriginalMessage()).contains("400");
  }

  @ParameterizedTest(name = "{0} with code {1} is retried as DownstreamAuthOrNotFound")
  @CsvSource({"401, Unauthorized", "403, Forbidden", "404, NotFound"})
  void anAuthOrNotFoundAnswerIsRetriedWithTheStepsBackoff(int status, String code) {
    server.enqueue(Answers.problem(status, code, "fix me"));

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.AUTH_OR_NOT_FOUND);

    assertThat(failure.getNextRetryDelay()).isNull();
    assertThat(failure.getOriginalMessage()).contains(String.valueOf(status));
  }

  @Test
  void aNotFoundWithoutAProblemBodyIsRetriedToo() {
    server.enqueue(new MockResponse.Builder().code(404).body("<html>not found</html>").build());

    retryable(this::post, DownstreamFailureTypes.AUTH_OR_NOT_FOUND);
  }

  @Test
  void aRetryAfterLongerThanTheStepsMaximumIntervalIsCutToIt() {
    inAttempt(1);
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aRetryAfterLongerThanTheStepsBackoffIsHonoured() {
    inAttempt(2);
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "7").build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
  }

  @ParameterizedTest(name = "Retry-After: {0} after attempt 3 waits its backoff of 4 s")
  @ValueSource(strings = {"0", "1", "Wed, 31 Dec 2025 23:00:00 GMT"})
  void aRetryAfterShorterThanTheStepsBackoffWaitsTheBackoff(String retryAfter) {
    inAttempt(3);
    server.enqueue(
        new MockResponse.Builder().code(503).setHeader("Retry-After", retryAfter).build());
    server.enqueue(
        new MockResponse.Builder().code(503).setHeader("Retry-After", retryAfter).build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aRetryAfterOnAnAuthFailureIsHonouredUpToTheCap() {
    inAttempt(1);
    server.enqueue(new MockResponse.Builder().code(401).setHeader("Retry-After", "120").build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.AUTH_OR_NOT_FOUND);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(30));
  }

  /** Classifies as attempt {@code attempt} of a step backing off 1 s doubling to 30 s. */
  private void inAttempt(int attempt) {
    RetryBackoff policy = new RetryBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));
    http =
        TestHttp.against(
            server,
            new FailureClassifier(
                JsonMapper.create(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                retryAfter -> Optional.of(policy.delayAfterAttempt(attempt, retryAfter))));
  }

  @Test
  void aRedirectIsNotFollowedButRejected() {
    server.enqueue(
        new MockResponse.Builder().code(302).setHeader("Location", "/elsewhere").build());

    nonRetryable(this::post, DownstreamFailureTypes.REJECTED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} is a retryable DownstreamUnavailable without a delay")
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void aTransientStatusIsRetryable(int status) {
    server.enqueue(Answers.json(status, "{}"));

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isNull();
  }

  @Test
  void aRequestTimeoutIsRetryableOnceOkHttpsOwnRetryAlsoTimedOut() {
    server.enqueue(Answers.json(408, "{}"));
    server.enqueue(Answers.json(408, "{}"));

    retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aServerErrorStaysRetryableEvenWithABusinessCode() {
    server.enqueue(Answers.problem(500, "OutOfStock", "confused server"));

    retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);
  }

  @ParameterizedTest(name = "{0} with Retry-After: 7 retries after 7 seconds")
  @ValueSource(ints = {429, 503})
  void retryAfterInSecondsSetsTheNextRetryDelay(int status) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Retry-After", "7").build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateSetsTheDelayUntilThatDate() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Retry-After", "Thu, 01 Jan 2026 00:01:30 GMT")
            .build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aMalformedRetryAfterLeavesTheRetryPolicyInCharge() {
    server.enqueue(Answers.unavailable("soon"));

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isNull();
  }

  @Test
  void aDroppedConnectionIsRetryable() {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void aSlowAnswerIsARetryableTimeout() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{}")
            .headersDelay(TestHttp.READ_TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS)
            .build());

    ApplicationFailure failure = retryable(this::post, DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getOriginalMessage()).containsIgnoringCase("timeout");
  }

  @Test
  void aRefusedConnectionIsRetryable() {
    DownstreamHttp nowhere = TestHttp.against(server);
    server.close();

    retryable(
        () -> nowhere.get(nowhere.url("things"), StateReply.class),
        DownstreamFailureTypes.UNAVAILABLE);
  }

  @Test
  void aSuccessWithABodyThatIsNotJsonIsANonRetryableContractBreach() {
    server.enqueue(new MockResponse.Builder().code(200).body("OK").build());

    nonRetryable(this::post, DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }

  @Test
  void aSuccessWithAnEmptyBodyIsANonRetryableContractBreach() {
    server.enqueue(new MockResponse.Builder().code(201).build());

    nonRetryable(this::post, DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }
}
