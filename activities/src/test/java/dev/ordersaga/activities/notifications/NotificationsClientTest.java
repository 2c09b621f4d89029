package dev.ordersaga.activities.notifications;

import static dev.ordersaga.activities.testing.FailureAssert.retryable;
import static dev.ordersaga.activities.testing.Recorded.assertPost;
import static dev.ordersaga.activities.testing.Recorded.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.steps.MerchantNotice;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationsClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private NotificationsClient notifications;

  @BeforeEach
  void connect() {
    notifications = new NotificationsClient(TestHttp.against(server));
  }

  private static MerchantNotice notice() {
    return new MerchantNotice(
        "o-1", "o-1:notify-merchant", "cust-7", new BigDecimal("44.98"), "USD", "shp-3");
  }

  @Test
  void notifyMerchantPostsTheNoticeWithTheTotalAsADecimalString() throws Exception {
    server.enqueue(Answers.json(202, "{\"orderId\":\"o-1\",\"state\":\"SENT\"}"));

    notifications.notifyMerchant(notice());

    assertPost(
        next(server),
        "/notifications/merchant",
        "o-1:notify-merchant",
        """
        {"orderId":"o-1","customerId":"cust-7","total":"44.98","currency":"USD",
         "shipmentId":"shp-3"}
        """);
  }

  @Test
  void aReplayedNoticeIsASuccess() {
    server.enqueue(Answers.replayed(202, "{\"orderId\":\"o-1\",\"state\":\"SENT\"}"));

    notifications.notifyMerchant(notice());

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anOutageWithRetryAfterIsRetryableAfterThatDelay() {
    server.enqueue(Answers.unavailable("1"));

    ApplicationFailure failure =
        retryable(() -> notifications.notifyMerchant(notice()), DownstreamFailureTypes.UNAVAILABLE);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(1));
  }
}
