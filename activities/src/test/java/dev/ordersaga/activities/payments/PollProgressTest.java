package dev.ordersaga.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollProgressTest {
  private final PollBackoff backoff =
      new PollBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5));

  @Test
  void theWaitStartsAtTheInitialIntervalAndGrowsUntilTheCap() {
    PollProgress progress = PollProgress.none();
    StringBuilder waits = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      progress = progress.polled("PENDING", backoff);
      waits.append(progress.nextDelay().toSeconds()).append(' ');
    }

    assertThat(waits.toString().trim()).isEqualTo("1 2 4 5 5");
    assertThat(progress.polls()).isEqualTo(5);
    assertThat(progress.lastStatus()).isEqualTo("PENDING");
  }

  @Test
  void aFailedPollWaitsAtLeastWhatTheProviderAsked() {
    PollProgress progress = PollProgress.none().polled("PENDING", backoff);

    PollProgress failed = progress.unavailable(Duration.ofSeconds(4), backoff);

    assertThat(failed.nextDelay()).isEqualTo(Duration.ofSeconds(4));
    assertThat(failed.lastStatus()).isEqualTo(PollProgress.UNAVAILABLE);
    assertThat(failed.polls()).isEqualTo(2);
  }

  @Test
  void aFailedPollWaitsNoLongerThanTheMaximumIntervalWhateverTheProviderAsked() {
    PollProgress progress = PollProgress.none().polled("PENDING", backoff);

    assertThat(progress.unavailable(Duration.ofSeconds(30), backoff).nextDelay())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aFailedPollWithoutRetryAfterKeepsBackingOff() {
    PollProgress progress = PollProgress.none().polled("PENDING", backoff);

    assertThat(progress.unavailable(null, backoff).nextDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(progress.unavailable(Duration.ZERO, backoff).nextDelay())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aBackoffWithAMaxBelowItsInitialIntervalIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new PollBackoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1)));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new PollBackoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)));
  }
}
