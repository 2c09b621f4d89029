package dev.ordersaga.activities.payments;

import static dev.ordersaga.activities.payments.RecordingCompletions.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.Conditions;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionFailureException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.ActivityPausedException;
import io.temporal.client.ActivityResetException;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentPollerTest {
  private static final PaymentQuery QUERY = new PaymentQuery("o-1", "pay-9");
  private static final PollBackoff FAST =
      new PollBackoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(40));
  private static final Duration WAIT = Duration.ofSeconds(5);

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingCompletions completions = new RecordingCompletions();
  private PaymentPoller poller;

  @AfterEach
  void stop() {
    if (poller != null) {
      poller.close(Duration.ZERO);
    }
  }

  private PaymentPoller started(PaymentStatusSource source, Duration heartbeatInterval, int max) {
    poller =
        new PaymentPoller(source, new PollerSettings(FAST, heartbeatInterval, 100, true, max, 2));
    poller.start(completions);
    return poller;
  }

  private PaymentPoller single() {
    return started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMinutes(1), 10);
  }

  private static MockResponse payment(String id, String status, String reason) {
    String reasonJson = reason == null ? "null" : "\"" + reason + "\"";
    return Answers.json(
        200,
        """
        {"paymentId":"%s","orderId":"o-1","status":"%s","reason":%s}
        """
            .formatted(id, status, reasonJson));
  }

  private void answerPendingForever() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            return payment(path.substring(path.lastIndexOf('/') + 1), "PENDING", null);
          }
        });
  }

  private void register(PaymentQuery query, PollProgress progress, Duration heartbeatTimeout) {
    poller.register(token(query.paymentId()), query, progress, heartbeatTimeout);
  }

  private void awaitEvent(String paymentId, String kind) throws InterruptedException {
    Conditions.await(
        kind + " of " + paymentId, WAIT, () -> !completions.of(paymentId, kind).isEmpty());
  }

  @Test
  void aPaymentReadPendingIsReadAgainUntilItSucceedsThenItsActivityCompletes() throws Exception {
    server.enqueue(payment("pay-9", "PENDING", null));
    server.enqueue(payment("pay-9", "PENDING", null));
    server.enqueue(payment("pay-9", "PENDING", null));
    server.enqueue(payment("pay-9", "SUCCEEDED", null));
    single();

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "complete");

    assertThat(completions.of("pay-9", "complete").getFirst().value())
        .isEqualTo(new PaymentSnapshot("pay-9", PaymentState.SUCCEEDED, null));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/payments/pay-9");
    assertThat(poller.held()).isZero();
  }

  @Test
  void aSettledPaymentWhoseOrderCannotBeToldIsCountedAsWaitingSettled() throws Exception {
    server.enqueue(payment("pay-9", "SUCCEEDED", null));
    server.enqueue(payment("pay-9", "SUCCEEDED", null));
    completions.answerComplete(
        "pay-9", new io.grpc.StatusRuntimeException(io.grpc.Status.UNAVAILABLE));
    single();
    assertThat(poller.settledButWaiting(Duration.ZERO)).isZero();

    register(QUERY, PollProgress.none(), null);

    Conditions.await(
        "the settled payment counted", WAIT, () -> poller.settledButWaiting(Duration.ZERO) == 1);
    assertThat(poller.settledButWaiting(Duration.ofMinutes(1))).isZero();
    assertThat(poller.held()).isEqualTo(1);
  }

  @Test
  void aDeclineCompletesTheActivityWithItsReason() throws Exception {
    server.enqueue(payment("pay-9", "PENDING", null));
    server.enqueue(payment("pay-9", "DECLINED", "card declined"));
    single();

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "complete");

    assertThat(completions.of("pay-9", "complete").getFirst().value())
        .isEqualTo(new PaymentSnapshot("pay-9", PaymentState.DECLINED, "card declined"));
  }

  @Test
  void aBurstOfProviderErrorsAndTimeoutsIsRiddenOut() throws Exception {
    server.enqueue(payment("pay-9", "PENDING", null));
    server.enqueue(Answers.problem(503, "Unavailable", "provider down"));
    server.enqueue(Answers.problem(500, "Unavailable", "provider down"));
    server.enqueue(new MockResponse.Builder().code(429).build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{}")
            .headersDelay(TestHttp.READ_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)
            .build());
    server.enqueue(payment("pay-9", "SUCCEEDED", null));
    single();

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "complete");

    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(completions.of("pay-9", "fail")).isEmpty();
  }

  @Test
  void aPaymentNotFoundYetIsReadAgain() throws Exception {
    server.enqueue(Answers.problem(404, "NotFound", "no payment pay-9"));
    server.enqueue(payment("pay-9", "SUCCEEDED", null));
    single();

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "complete");

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRefundedPaymentFailsTheActivityForGood() throws Exception {
    server.enqueue(payment("pay-9", "VOIDED", null));
    single();

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "fail");

    ApplicationFailure failure =
        (ApplicationFailure) completions.of("pay-9", "fail").getFirst().value();
    assertThat(failure.getType()).isEqualTo(DownstreamFailureTypes.PAYMENT_UNDONE);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(poller.held()).isZero();
  }

  @Test
  void aWaitingPaymentHeartbeatsItsProgressEveryIntervalResumedFromWhereItWas() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(50), 10);

    register(QUERY, new PollProgress("PENDING", 5, Duration.ofMillis(20)), null);
    Conditions.await(
        "three heartbeats", WAIT, () -> completions.of("pay-9", "heartbeat").size() >= 3);

    PollProgress first = (PollProgress) completions.of("pay-9", "heartbeat").getFirst().value();
    assertThat(first.polls()).isGreaterThan(5);
    assertThat(first.lastStatus()).isEqualTo("PENDING");
    assertThat(first.nextDelay()).isEqualTo(FAST.maxInterval());
  }

  @Test
  void heartbeatsComeWithinTheAttemptsHeartbeatTimeoutWhenTheIntervalIsLonger() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMinutes(10), 10);

    register(QUERY, PollProgress.none(), Duration.ofMillis(100));

    Conditions.await(
        "two heartbeats", WAIT, () -> completions.of("pay-9", "heartbeat").size() >= 2);
  }

  @Test
  void aCancelSeenAtAHeartbeatIsReportedAndThePaymentDropped() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(30), 10);
    completions.answerHeartbeat("pay-9", new ActivityCanceledException());

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "cancelled");

    Conditions.await("the payment dropped", WAIT, () -> poller.held() == 0);
    assertThat(completions.of("pay-9", "complete")).isEmpty();
  }

  @Test
  void aPauseSeenAtAHeartbeatEndsTheAttemptWithThePauseAndDropsThePayment() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(30), 10);
    completions.answerHeartbeat("pay-9", new ActivityPausedException());

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "fail");

    assertThat(completions.of("pay-9", "fail").getFirst().value())
        .isInstanceOf(ActivityPausedException.class);
    Conditions.await("the payment dropped", WAIT, () -> poller.held() == 0);
  }

  @Test
  void aPauseWrappedAsTheSdksCompletionClientReportsItStillEndsTheAttempt() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(30), 10);
    completions.answerHeartbeat(
        "pay-9", new ActivityCompletionFailureException(new ActivityPausedException()));

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "fail");

    assertThat(completions.of("pay-9", "fail").getFirst().value())
        .isInstanceOf(ActivityPausedException.class);
  }

  @Test
  void aResetSeenAtAHeartbeatEndsTheAttemptSoTheServerStartsItAgain() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(30), 10);
    completions.answerHeartbeat(
        "pay-9", new ActivityCompletionFailureException(new ActivityResetException()));

    register(QUERY, PollProgress.none(), null);
    awaitEvent("pay-9", "fail");

    assertThat(completions.of("pay-9", "fail").getFirst().value())
        .isInstanceOf(ActivityResetException.class);
    Conditions.await("the payment dropped", WAIT, () -> poller.held() == 0);
  }

  @Test
  void aCancelWrappedAsTheSdksCompletionClientReportsItIsReportedCancelled() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(30), 10);
    completions.answerHeartbeat(
        "pay-9", new ActivityCompletionFailureException(new ActivityCanceledException()));

    register(QUERY, PollProgress.none(), null);

    awaitEvent("pay-9", "cancelled");
  }

  @Test
  void anActivityTheServerNoLongerKnowsIsDropped() throws Exception {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMillis(30), 10);
    completions.answerHeartbeat(
        "pay-9", new ActivityNotExistsException(new IllegalStateException("timed out")));

    register(QUERY, PollProgress.none(), null);

    Conditions.await("the payment dropped", WAIT, () -> poller.held() == 0);
    assertThat(completions.events).isEmpty();
  }

  @Test
  void aWorkerHoldingItsLimitRefusesTheNextPaymentRetryably() {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMinutes(1), 2);
    register(new PaymentQuery("o-1", "pay-1"), PollProgress.none(), null);
    register(new PaymentQuery("o-2", "pay-2"), PollProgress.none(), null);

    ApplicationFailure refused =
        catchThrowableOfType(
            ApplicationFailure.class,
            () -> register(new PaymentQuery("o-3", "pay-3"), PollProgress.none(), null));

    assertThat(refused.getType()).isEqualTo(PaymentPoller.FULL);
    assertThat(refused.isNonRetryable()).isFalse();
    register(new PaymentQuery("o-2", "pay-2"), PollProgress.none(), null);
    assertThat(poller.held()).isEqualTo(2);
  }

  @Test
  void aStoppingWorkerHandsEveryHeldPaymentOnRetryably() {
    answerPendingForever();
    started(PaymentStatusSource.single(TestHttp.against(server)), Duration.ofMinutes(1), 10);
    register(new PaymentQuery("o-1", "pay-1"), PollProgress.none(), null);
    register(new PaymentQuery("o-2", "pay-2"), PollProgress.none(), null);

    poller.close(WAIT);

    for (String id : List.of("pay-1", "pay-2")) {
      ApplicationFailure handedOn =
          (ApplicationFailure) completions.of(id, "fail").getFirst().value();
      assertThat(handedOn.getType()).isEqualTo(PaymentPoller.STOPPED);
      assertThat(handedOn.isNonRetryable()).isFalse();
    }
    poller = null;
  }

  @Test
  void theBatchSourceReadsManyPaymentsInOneCall() throws Exception {
    server.enqueue(
        Answers.json(
            200,
            """
            {"payments":[
              {"paymentId":"pay-1","orderId":"o-1","status":"SUCCEEDED","reason":null},
              {"paymentId":"pay-2","orderId":"o-2","status":"DECLINED","reason":"card declined"},
              {"paymentId":"pay-3","orderId":"o-3","status":"REFUNDED","reason":null}]}
            """));

    var readings =
        PaymentStatusSource.batch(TestHttp.against(server))
            .read(List.of("pay-1", "pay-2", "pay-3", "pay-4"));

    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/payments/status");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(readings.get("pay-1").snapshot().state()).isEqualTo(PaymentState.SUCCEEDED);
    assertThat(readings.get("pay-2").snapshot().reason()).isEqualTo("card declined");
    assertThat(readings.get("pay-3").failure().isNonRetryable()).isTrue();
    assertThat(readings.get("pay-4").failure().getType())
        .isEqualTo(DownstreamFailureTypes.AUTH_OR_NOT_FOUND);
    assertThat(readings.get("pay-4").failure().isNonRetryable()).isFalse();
  }

  @Test
  void aBatchCallThatFailsLeavesEveryPaymentOfItToBeReadAgain() {
    server.enqueue(Answers.unavailable("1"));

    var readings =
        PaymentStatusSource.batch(TestHttp.against(server)).read(List.of("pay-1", "pay-2"));

    assertThat(readings.values())
        .allSatisfy(reading -> assertThat(reading.failure().isNonRetryable()).isFalse());
  }
}
