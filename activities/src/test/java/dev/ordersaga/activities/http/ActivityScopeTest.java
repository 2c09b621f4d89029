package dev.ordersaga.activities.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.testing.TestHttp;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ActivityScopeTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  /** Calls the mock server once and answers the next retry delay its failure asked for. */
  @ActivityInterface
  public interface Probe {
    String call();
  }

  @Test
  void aRetryAfterInAnActivityIsCutToItsRetryCeiling() {
    server.enqueue(new MockResponse.Builder().code(401).setHeader("Retry-After", "3600").build());
    DownstreamHttp http = TestHttp.against(server);
    String delay;
    TestActivityEnvironment env = TestActivityEnvironment.newInstance();
    try {
      env.registerActivitiesImplementations(
          (Probe)
              () -> {
                try {
                  http.post("o-1:step", Map.of(), StateReply.class, "things");
                  return "no failure";
                } catch (ApplicationFailure failure) {
                  return failure.getType() + " after " + failure.getNextRetryDelay();
                }
              });
      Probe probe =
          env.newActivityStub(
              Probe.class,
              ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());
      delay = probe.call();
    } finally {
      env.close();
    }

    assertThat(delay).isEqualTo(DownstreamFailureTypes.AUTH_OR_NOT_FOUND + " after PT1M40S");
  }

  @Test
  void outsideAnActivityThereIsNoRetryPolicyToApply() {
    assertThat(ActivityScope.retryDelay(Duration.ZERO)).isEmpty();
  }
}
