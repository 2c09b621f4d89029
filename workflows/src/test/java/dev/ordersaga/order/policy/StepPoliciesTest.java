package dev.ordersaga.order.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.StepKind;
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

    assertThat(options).containsOnlyKeys(Step.allActivityTypes());
  }

  @Test
  void defaultForwardPoliciesRideThroughAFiveMinuteOutage() {
    StepPolicies policies = StepPolicies.defaults();
    for (String type :
        List.of(
            ActivityTypes.OPEN_RECORD,
            ActivityTypes.RESERVE_STOCK,
            ActivityTypes.ASSESS_RISK,
            ActivityTypes.REQUEST_PAYMENT,
            ActivityTypes.COMMIT_STOCK,
            ActivityTypes.CREATE_SHIPMENT)) {
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
  void undosRetryForHoursWithCappedBackoffBeforeTheOrderParks() {
    StepPolicies policies = StepPolicies.defaults();

    for (String undo : Step.undoActivityTypes()) {
      StepPolicy policy = policies.policy(undo);
      assertThat(policy.scheduleToClose()).as(undo).isGreaterThanOrEqualTo(Duration.ofHours(6));
      assertThat(policy.maximumInterval()).as(undo).isEqualTo(Duration.ofMinutes(5));
      assertThat(policy.maximumAttempts()).as(undo).isZero();
    }
  }

  @Test
  void retriableStepsRetryWithoutAnOverallLimitAtCappedIntervals() {
    StepPolicy policy = StepPolicies.defaults().policy(ActivityTypes.COMPLETE_RECORD);

    assertThat(policy.scheduleToClose()).isNull();
    assertThat(policy.maximumAttempts()).isZero();
    assertThat(policy.maximumInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.toActivityOptions(ActivityTypes.COMPLETE_RECORD).getStartToCloseTimeout())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void everyStepsPolicyDefaultFollowsItsKind() {
    StepPolicies policies = StepPolicies.defaults();

    for (Step step : Step.values()) {
      StepPolicy expected =
          switch (step.kind()) {
            case COMPENSATABLE, READ_ONLY, PIVOT -> StepPolicies.FORWARD;
            case AWAIT -> StepPolicies.PAYMENT_POLL;
            case RETRIABLE -> StepPolicies.RETRIABLE;
            case BEST_EFFORT -> StepPolicies.BEST_EFFORT;
          };
      assertThat(policies.policy(step.activityType())).as(step.name()).isEqualTo(expected);
      for (String read : step.readTypes()) {
        assertThat(policies.policy(read)).as(read).isEqualTo(StepPolicies.READ);
      }
      if (step.kind().hasUndo()) {
        assertThat(policies.policy(step.undoActivityType()))
            .as(step.name())
            .isEqualTo(StepPolicies.UNDO);
      }
    }
  }

  @Test
  void catalogueHasOneUndoPerCompensatableStepAndOnePivot() {
    assertThat(Step.undoActivityTypes())
        .containsExactly(
            ActivityTypes.CANCEL_RECORD,
            ActivityTypes.RELEASE_STOCK,
            ActivityTypes.REFUND_PAYMENT,
            ActivityTypes.RESTOCK,
            ActivityTypes.CANCEL_SHIPMENT);
    assertThat(Step.values())
        .filteredOn(step -> step.kind() == StepKind.PIVOT)
        .containsExactly(Step.CREATE_SHIPMENT);
    assertThat(Step.values())
        .filteredOn(step -> step.kind().afterPivot())
        .containsExactly(Step.NOTIFY_MERCHANT, Step.COMPLETE_RECORD);
    assertThat(Step.allActivityTypes()).hasSize(16).doesNotHaveDuplicates();
  }

  @Test
  void overrideReplacesOnlyTheFieldsItSets() {
    StepPolicies policies =
        StepPolicies.defaults()
            .withOverrides(
                Map.of(
                    ActivityTypes.RESERVE_STOCK,
                    StepPolicy.builder()
                        .startToClose(Duration.ofSeconds(7))
                        .maximumAttempts(4)
                        .build()));

    ActivityOptions options = policies.activityOptions().get(ActivityTypes.RESERVE_STOCK);
    RetryOptions retry = options.getRetryOptions();
    assertThat(options.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(options.getScheduleToCloseTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(retry.getMaximumAttempts()).isEqualTo(4);
    assertThat(retry.getInitialInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void overrideOfAnUnknownActivityTypeIsRefusedByName() {
    StepPolicy any = StepPolicy.builder().startToClose(Duration.ofSeconds(1)).build();

    assertThatThrownBy(() -> StepPolicies.defaults().withOverrides(Map.of("Inventory.reserv", any)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Inventory.reserv");
  }

  @Test
  void policyWithoutAnyTimeoutIsRefused() {
    StepPolicy noTimeouts = StepPolicy.builder().build();

    assertThatThrownBy(() -> noTimeouts.toActivityOptions("Shipping.create"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Shipping.create");
  }
}
