package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.policy.StepPolicy;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.api.common.v1.RetryPolicy;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Policies from configuration reach what Temporal schedules: proof from the history. */
class ConfiguredPoliciesTest {
  private final SagaHarness saga =
      new SagaHarness(
          StepPolicies.defaults()
              .withOverrides(
                  Map.of(
                      ActivityTypes.RESERVE_STOCK,
                      StepPolicy.builder()
                          .startToClose(Duration.ofSeconds(7))
                          .scheduleToClose(Duration.ofMinutes(3))
                          .backoff(Duration.ofMillis(250), 3.0, Duration.ofSeconds(20))
                          .maximumAttempts(4)
                          .nonRetryable(List.of("OutOfStock"))
                          .build(),
                      ActivityTypes.AWAIT_PAYMENT,
                      StepPolicy.builder()
                          .scheduleToClose(Duration.ofMinutes(12))
                          .heartbeat(Duration.ofSeconds(9))
                          .build())));

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void configuredTimeoutsAndRetryPolicyReachTheScheduledActivity() {
    saga.run(SagaHarness.order("cfg-1"));

    ActivityTaskScheduledEventAttributes reserve = scheduled("cfg-1", ActivityTypes.RESERVE_STOCK);
    assertThat(Durations.toMillis(reserve.getStartToCloseTimeout())).isEqualTo(7_000);
    assertThat(Durations.toMillis(reserve.getScheduleToCloseTimeout())).isEqualTo(180_000);
    RetryPolicy retry = reserve.getRetryPolicy();
    assertThat(Durations.toMillis(retry.getInitialInterval())).isEqualTo(250);
    assertThat(retry.getBackoffCoefficient()).isEqualTo(3.0);
    assertThat(Durations.toMillis(retry.getMaximumInterval())).isEqualTo(20_000);
    assertThat(retry.getMaximumAttempts()).isEqualTo(4);
    assertThat(retry.getNonRetryableErrorTypesList()).containsExactly("OutOfStock");
  }

  @Test
  void configuredPaymentWindowAndHeartbeatReachThePoll() {
    saga.run(SagaHarness.order("cfg-2"));

    ActivityTaskScheduledEventAttributes poll = scheduled("cfg-2", ActivityTypes.AWAIT_PAYMENT);
    assertThat(Durations.toMillis(poll.getScheduleToCloseTimeout())).isEqualTo(720_000);
    assertThat(Durations.toMillis(poll.getHeartbeatTimeout())).isEqualTo(9_000);
  }

  @Test
  void defaultsApplyToStepsNotOverridden() {
    saga.run(SagaHarness.order("cfg-3"));

    ActivityTaskScheduledEventAttributes ship = scheduled("cfg-3", ActivityTypes.CREATE_SHIPMENT);
    assertThat(Durations.toMillis(ship.getStartToCloseTimeout())).isEqualTo(30_000);
    assertThat(Durations.toMillis(ship.getScheduleToCloseTimeout())).isEqualTo(1_800_000);
    assertThat(ship.getRetryPolicy().getMaximumAttempts()).isZero();
  }

  private ActivityTaskScheduledEventAttributes scheduled(String orderId, String activityType) {
    return saga.client().fetchHistory(OrderIds.workflowId(orderId)).getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .filter(a -> a.getActivityType().getName().equals(activityType))
        .findFirst()
        .orElseThrow(() -> new AssertionError(activityType + " was never scheduled"));
  }
}
