package dev.ordersaga.activities.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void delaySecondsAreTheDelay() {
    assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
  }

  @Test
  void anHttpDateIsTheTimeLeftUntilIt() {
    assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:05 GMT", clock))
        .contains(Duration.ofSeconds(5));
  }

  @Test
  void anHttpDateInThePastMeansRetryNow() {
    assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", clock)).contains(Duration.ZERO);
  }

  @Test
  void aMissingOrMalformedHeaderIsNoDelay() {
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
    assertThat(RetryAfter.parse(" ", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("1.5", clock)).isEmpty();
    assertThat(RetryAfter.parse("tomorrow", clock)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).isEmpty();
  }
}
