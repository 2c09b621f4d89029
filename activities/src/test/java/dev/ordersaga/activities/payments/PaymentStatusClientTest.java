package dev.ordersaga.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentStatusClientTest {
  private static final PaymentQuery QUERY = new PaymentQuery("o-1", "pay-9");
  private static final PollBackoff FAST =
      new PollBackoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(40));

  @StartStop private final MockWebServer server = new MockWebServer();

  private TestActivityEnvironment env;

  @BeforeEach
  void createEnvironment() {
    env = TestActivityEnvironment.newInstance();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private static PollerSettings settings() {
    return new PollerSettings(FAST, Duration.ofSeconds(1), 10, false, 10, 1);
  }

  private PaymentStatusActivities status(PollBackoff backoff) {
    env.registerActivitiesImplementations(
        new PaymentStatusClient(
            TestHttp.against(server),
            new PaymentPoller(PaymentStatusSource.single(TestHttp.against(server)), settings())));
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
