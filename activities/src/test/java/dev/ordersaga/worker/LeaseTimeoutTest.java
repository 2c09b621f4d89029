package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.policy.StepPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseTimeoutTest {
  private static StepPolicy window(Duration window) {
    return new StepPolicy(null, window, null, null, null, null, null, null);
  }

  private static PaymentWaitSettings lease(Duration leaseTimeout) {
    return new PaymentWaitSettings(
        null, null, leaseTimeout, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void theLeaseIsThirtySecondsUnderTheShippedWindow() {
    assertThat(PaymentWaitSettings.NONE.leaseTimeout(window(Duration.ofMinutes(30))))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aShortWindowGetsALeaseOfAThirdOfIt() {
    assertThat(PaymentWaitSettings.NONE.leaseTimeout(window(Duration.ofSeconds(30))))
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(PaymentWaitSettings.NONE.disagreements(window(Duration.ofSeconds(30))))
        .noneMatch(disagreement -> disagreement.contains("leaseTimeout"));
  }

  @Test
  void aLeaseNoShorterThanTheWindowIsRefusedNamingBoth() {
    assertThat(lease(Duration.ofMinutes(5)).disagreements(window(Duration.ofMinutes(5))))
        .containsExactly(
            "paymentWait.leaseTimeout (PT5M) must be shorter than paymentWait.window (PT5M)");
  }
}
