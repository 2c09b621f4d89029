package dev.ordersaga.order.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.temporal.common.RetryOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  private final RetryBackoff forward =
      new RetryBackoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1));

  @Test
  void theBackoffOfAnAttemptIsTheInitialIntervalTimesTheCoefficientPerEarlierAttemptCapped() {
    assertThat(forward.afterAttempt(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(forward.afterAttempt(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(forward.afterAttempt(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(forward.afterAttempt(7)).isEqualTo(Duration.ofMinutes(1));
    assertThat(forward.afterAttempt(10_000)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void retryNowWaitsTheBackoff() {
    assertThat(forward.delayAfterAttempt(1, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    assertThat(forward.delayAfterAttempt(3, Duration.ZERO)).isEqualTo(Duration.ofSeconds(4));
    assertThat(forward.delayAfterAttempt(3, null)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aRetryAfterShorterThanTheBackoffWaitsTheBackoff() {
    assertThat(forward.delayAfterAttempt(2, Duration.ofSeconds(1)))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRetryAfterLongerThanTheBackoffIsHonoured() {
    assertThat(forward.delayAfterAttempt(2, Duration.ofSeconds(7)))
        .isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterLongerThanTheMaximumIntervalWaitsTheMaximum() {
    assertThat(forward.delayAfterAttempt(1, Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void noWaitIsBelowTheInitialInterval() {
    assertThat(forward.delay(Duration.ZERO, Duration.ofMillis(10)))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aWaitGrowsFromTheLastOneUpToTheMaximum() {
    assertThat(forward.following(null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(forward.following(Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    assertThat(forward.following(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(6));
    assertThat(forward.following(Duration.ofSeconds(40))).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void whatARetryPolicyLeavesUnsetIsTemporalsDefault() {
    RetryOptions initialOnly =
        RetryOptions.newBuilder().setInitialInterval(Duration.ofSeconds(2)).build();

    assertThat(RetryBackoff.of(initialOnly))
        .isEqualTo(new RetryBackoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(200)));
    assertThat(RetryBackoff.of(null))
        .isEqualTo(new RetryBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(100)));
  }

  @Test
  void aStepsPolicyGivesItsOwnBackoff() {
    RetryOptions undo = StepPolicies.UNDO.toActivityOptions("Payments.refund").getRetryOptions();

    assertThat(RetryBackoff.of(undo))
        .isEqualTo(new RetryBackoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5)));
  }

  @Test
  void aBackoffThatCannotHoldIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetryBackoff(Duration.ZERO, 2.0, Duration.ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetryBackoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1)));
  }
}
