package dev.ordersaga.order.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepPoliciesTest {

  @Test
  void everyActivityTypeHasAValidDefaultPolicy() {
    Map<String, ActivityOptions> options = StepPolicies.defaults().activityOptions();

    assertThat(options).containsOnlyKeys(ActivityTypes.ALL);
  }

  @Test
  void defaultForwardPoliciesRideThroughAFiveMinuteOutage() {
    StepPolicies policies = StepPolicies.defaults();
    for (String type :
        List.of(
            ActivityTypes.OPEN_RECORD,
            ActivityTypes.RESERVE_STOCK,
            ActivityTypes.REQUEST_PAYMENT,
            ActivityTypes.COMMIT_STOCK,
            ActivityTypes.CREATE_SHIPMENT,
            ActivityTypes.COMPLETE_RECORD)) {
      StepPolicy policy = policies.policy(type);
      assertThat(policy.maximumAttempts()).as(type).isZero();
      assertThat(policy.scheduleToClose()).as(type).isGreaterThan(Duration.ofMinutes(5));
      assertThat(policy.maximumInterval()).as(type).isLessThanOrEqualTo(Duration.ofMinutes(1));
      assertThat(policy.nonRetryableErrorTypes())
          .as(type)
          .containsAll(OrderFailureTypes.BUSINESS_REFUSALS);
    }
  }

  @Test
  void undosGiveUpAfterABoundedNumberOfAttemptsSoTheOrderParksVisibly() {
    StepPolicies policies = StepPolicies.defaults();

    for (String undo : ActivityTypes.UNDOS) {
      assertThat(policies.policy(undo).maximumAttempts()).as(undo).isPositive();
    }
  }

  @Test
  void overrideReplacesOnlyTheFieldsItSets() {
    StepPolicies policies =
        StepPolicies.defaults()
            .withOverrides(
                Map.of(
                    ActivityTypes.RESERVE_STOCK,
                    new StepPolicy(Duration.ofSeconds(7), null, null, null, null, null, 4, null)));

    ActivityOptions options = policies.activityOptions().get(ActivityTypes.RESERVE_STOCK);
    RetryOptions retry = options.getRetryOptions();
    assertThat(options.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(options.getScheduleToCloseTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(retry.getMaximumAttempts()).isEqualTo(4);
    assertThat(retry.getInitialInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void overrideOfAnUnknownActivityTypeIsRefusedByName() {
    StepPolicy any =
        new StepPolicy(Duration.ofSeconds(1), null, null, null, null, null, null, null);

    assertThatThrownBy(() -> StepPolicies.defaults().withOverrides(Map.of("Inventory.reserv", any)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Inventory.reserv");
  }

  @Test
  void policyWithoutAnyTimeoutIsRefused() {
    StepPolicy noTimeouts = new StepPolicy(null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> noTimeouts.toActivityOptions("Shipping.create"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Shipping.create");
  }
}
