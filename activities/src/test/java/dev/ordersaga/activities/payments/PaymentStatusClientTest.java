package dev.ordersaga.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.Conditions;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentStatusClientTest {
  private static final PaymentQuery QUERY = new PaymentQuery("o-1", "pay-9");
  private static final PollBackoff FAST =
      new PollBackoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(40));
  private static final Duration HEARTBEAT_INTERVAL = Duration.ofMillis(20);

  @StartStop private final MockWebServer server = new MockWebServer();

  private final List<PollProgress> heartbeats = new CopyOnWriteArrayList<>();
  private TestActivityEnvironment env;

  @BeforeEach
  void createEnvironment() {
    env = TestActivityEnvironment.newInstance();
    env.setActivityHeartbeatListener(PollProgress.class, heartbeats::add);
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private PaymentStatusActivities status(PollBackoff backoff) {
    env.registerActivitiesImplementations(
        new PaymentStatusClient(TestHttp.against(server), backoff, HEARTBEAT_INTERVAL));
    return env.newActivityStub(
        PaymentStatusActivities.class,
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(20))
            .setHeartbeatTimeout(Duration.ofSeconds(1))
            .build());
  }

  private static MockResponse payment(String status, String reason) {
    String reasonJson = reason == null ? "null" : "\"" + reason + "\"";
    return Answers.json(
        200,
        """
        {"paymentId":"pay-9","orderId":"o-1","status":"%s","reason":%s}
        """
            .formatted(status, reasonJson));
  }

  private void answerPendingForever() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return payment("PENDING", null);
          }
        });
  }

  private static MockResponse serverError(int status) {
    return Answers.problem(status, "Unavailable", "provider down");
  }

  @Test
  void awaitPollsThroughPendingUntilThePaymentSucceeds() throws Exception {
    server.enqueue(payment("PENDING", null));
    server.enqueue(payment("PENDING", null));
    server.enqueue(payment("PENDING", null));
    server.enqueue(payment("SUCCEEDED", null));

    PaymentSnapshot snapshot = status(FAST).await(QUERY);

    assertThat(snapshot).isEqualTo(new PaymentSnapshot("pay-9", PaymentState.SUCCEEDED, null));
    assertThat(server.getRequestCount()).isEqualTo(4);
    RecordedRequest poll = server.takeRequest();
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getUrl().encodedPath()).isEqualTo("/payments/pay-9");
    assertThat(heartbeats).isNotEmpty();
    assertThat(heartbeats.getFirst()).isEqualTo(new PollProgress("PENDING", 1, FAST.after(null)));
  }

  @Test
  void awaitReturnsADeclineWithItsReason() {
    server.enqueue(payment("PENDING", null));
    server.enqueue(payment("DECLINED", "card declined"));

    PaymentSnapshot snapshot = status(FAST).await(QUERY);

    assertThat(snapshot)
        .isEqualTo(new PaymentSnapshot("pay-9", PaymentState.DECLINED, "card declined"));
  }

  @Test
  void awaitRidesOutABurstOfProviderErrorsAndTimeouts() {
    server.enqueue(payment("PENDING", null));
    server.enqueue(serverError(503));
    server.enqueue(serverError(500));
    server.enqueue(new MockResponse.Builder().code(429).build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{}")
            .headersDelay(TestHttp.READ_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)
            .build());
    server.enqueue(payment("SUCCEEDED", null));

    PaymentSnapshot snapshot = status(FAST).await(QUERY);

    assertThat(snapshot.state()).isEqualTo(PaymentState.SUCCEEDED);
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void awaitResumesTheBackoffFromTheLastHeartbeat() {
    env.setHeartbeatDetails(new PollProgress("PENDING", 5, Duration.ofMillis(20)));
    server.enqueue(payment("PENDING", null));
    server.enqueue(payment("SUCCEEDED", null));

    PaymentSnapshot snapshot = status(FAST).await(QUERY);

    assertThat(snapshot.state()).isEqualTo(PaymentState.SUCCEEDED);
    assertThat(heartbeats.getFirst())
        .isEqualTo(new PollProgress("PENDING", 6, Duration.ofMillis(40)));
  }

  @Test
  void awaitStopsPromptlyWhenCancelledWhileWaitingForTheNextPoll() throws Exception {
    answerPendingForever();
    PaymentStatusActivities status =
        status(new PollBackoff(Duration.ofSeconds(30), 2.0, Duration.ofSeconds(30)));
    CompletableFuture<PaymentSnapshot> waiting =
        CompletableFuture.supplyAsync(() -> status.await(QUERY));
    Conditions.await("the first poll", Duration.ofSeconds(5), () -> !heartbeats.isEmpty());

    env.requestCancelActivity();

    Throwable ended = catchThrowable(() -> waiting.get(5, TimeUnit.SECONDS));
    assertThat(ended).hasRootCauseInstanceOf(CanceledFailure.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void heartbeatsWhileWaitingComeAtLeastEveryHalfHeartbeatTimeout() {
    PaymentStatusClient client =
        new PaymentStatusClient(TestHttp.against(server), FAST, Duration.ofMinutes(2));

    assertThat(client.heartbeatSlice(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(2));
    assertThat(client.heartbeatSlice(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(5));
    assertThat(client.heartbeatSlice(Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void aLongPollIntervalKeepsHeartbeatingWithinTheHeartbeatTimeout() throws Exception {
    answerPendingForever();
    env.registerActivitiesImplementations(
        new PaymentStatusClient(
            TestHttp.against(server),
            new PollBackoff(Duration.ofSeconds(30), 2.0, Duration.ofSeconds(30)),
            Duration.ofMinutes(10)));
    PaymentStatusActivities status =
        env.newActivityStub(
            PaymentStatusActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(20))
                .setHeartbeatTimeout(Duration.ofMillis(400))
                .build());
    CompletableFuture<PaymentSnapshot> waiting =
        CompletableFuture.supplyAsync(() -> status.await(QUERY));

    Conditions.await("three heartbeats", Duration.ofSeconds(5), () -> heartbeats.size() >= 3);
    env.requestCancelActivity();

    assertThat(catchThrowable(() -> waiting.get(5, TimeUnit.SECONDS)))
        .hasRootCauseInstanceOf(CanceledFailure.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void awaitFailsForGoodWhenThePaymentWasRefundedOrVoided() {
    server.enqueue(payment("PENDING", null));
    server.enqueue(payment("VOIDED", null));

    Throwable failure = catchThrowable(() -> status(FAST).await(QUERY));

    assertApplicationFailure(failure, DownstreamFailureTypes.PAYMENT_UNDONE, true);
  }

  @Test
  void awaitPollsOnWhileThePaymentIsNotFoundYet() {
    server.enqueue(Answers.problem(404, "NotFound", "no payment pay-9"));
    server.enqueue(payment("SUCCEEDED", null));

    PaymentSnapshot snapshot = status(FAST).await(QUERY);

    assertThat(snapshot.state()).isEqualTo(PaymentState.SUCCEEDED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void checkReturnsAPendingPaymentAsItIs() {
    server.enqueue(payment("PENDING", null));

    PaymentSnapshot snapshot = status(FAST).check(QUERY);

    assertThat(snapshot).isEqualTo(new PaymentSnapshot("pay-9", PaymentState.PENDING, null));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void checkFailsRetryablyWhenTheProviderIsDown() {
    server.enqueue(Answers.unavailable("2"));

    Throwable failure = catchThrowable(() -> status(FAST).check(QUERY));

    ApplicationFailure cause =
        assertApplicationFailure(failure, DownstreamFailureTypes.UNAVAILABLE, false);
    assertThat(cause.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void checkFailsForGoodWhenThePaymentWasRefunded() {
    server.enqueue(payment("REFUNDED", null));

    Throwable failure = catchThrowable(() -> status(FAST).check(QUERY));

    assertApplicationFailure(failure, DownstreamFailureTypes.PAYMENT_UNDONE, true);
  }

  private static ApplicationFailure assertApplicationFailure(
      Throwable failure, String type, boolean nonRetryable) {
    assertThat(failure).isInstanceOf(ActivityFailure.class);
    assertThat(failure.getCause()).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(type);
    assertThat(cause.isNonRetryable()).isEqualTo(nonRetryable);
    return cause;
  }
}
