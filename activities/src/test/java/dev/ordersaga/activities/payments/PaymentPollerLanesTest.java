package dev.ordersaga.activities.payments;

import static dev.ordersaga.activities.payments.RecordingCompletions.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.testing.Conditions;
import dev.ordersaga.order.steps.PaymentQuery;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Heartbeats run on a lane of their own, never queued behind slow status reads. */
class PaymentPollerLanesTest {
  private static final Duration PROVIDER_LATENCY = Duration.ofSeconds(2);
  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofMillis(600);
  private static final PollBackoff FAST =
      new PollBackoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(40));

  private final RecordingCompletions completions = new RecordingCompletions();
  private PaymentPoller poller;

  @AfterEach
  void stop() {
    poller.close(Duration.ZERO);
  }

  private SlowStatusSource startedWithOneReadThread() {
    SlowStatusSource provider = new SlowStatusSource(PROVIDER_LATENCY);
    poller =
        new PaymentPoller(
            provider, new PollerSettings(FAST, Duration.ofMinutes(10), 1, true, 100, 1));
    poller.start(completions);
    return provider;
  }

  @Test
  void everyHeldPaymentHeartbeatsWithinItsTimeoutWhileReadsQueueBehindASlowProvider()
      throws Exception {
    startedWithOneReadThread();
    List<String> ids = IntStream.range(0, 6).mapToObj(i -> "pay-" + i).toList();
    long registeredAt = System.nanoTime();
    for (String id : ids) {
      poller.register(
          token(id), new PaymentQuery("o-" + id, id), PollProgress.none(), HEARTBEAT_TIMEOUT);
    }

    Conditions.await(
        "three heartbeats of every payment",
        Duration.ofSeconds(5),
        () -> ids.stream().allMatch(id -> completions.of(id, "heartbeat").size() >= 3));

    for (String id : ids) {
      long previous = registeredAt;
      for (RecordingCompletions.Event beat : completions.of(id, "heartbeat").subList(0, 3)) {
        assertThat(Duration.ofNanos(beat.atNanos() - previous))
            .as("gap between heartbeats of %s", id)
            .isLessThan(HEARTBEAT_TIMEOUT);
        previous = beat.atNanos();
      }
    }
  }

  @Test
  void aStaleAttemptNeverReadsOnceItsSuccessorRegistered() throws Exception {
    SlowStatusSource provider = startedWithOneReadThread();
    PaymentQuery blocker = new PaymentQuery("o-0", "pay-0");
    PaymentQuery query = new PaymentQuery("o-1", "pay-1");
    poller.register(token("pay-0"), blocker, PollProgress.none(), null);
    Conditions.await(
        "the read lane busy", Duration.ofSeconds(2), () -> provider.readsOf("pay-0") == 1);
    poller.register(token("pay-1:attempt-1"), query, PollProgress.none(), null);
    Conditions.await(
        "the first attempt's read queued", Duration.ofSeconds(2), () -> poller.queuedReads() >= 1);

    poller.register(token("pay-1:attempt-2"), query, PollProgress.none(), null);
    Conditions.await(
        "both attempts' batches and the next read of pay-0 taken",
        Duration.ofSeconds(12),
        () -> provider.readsOf("pay-0") >= 2);

    assertThat(provider.readsOf("pay-1")).isEqualTo(1);
  }
}
