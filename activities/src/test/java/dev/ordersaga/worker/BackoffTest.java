package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));

  @Test
  void waitsDoubleAfterEachFailureInARow() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void neverWaitsLongerThanTheCap() {
    assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refusesACapBelowTheFirstWait() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
