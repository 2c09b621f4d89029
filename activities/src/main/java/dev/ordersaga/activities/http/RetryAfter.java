package dev.ordersaga.activities.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * The delay the header asks for, never negative; empty when the header is absent or malformed.
   */
  public static Optional<Duration> parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    if (value.chars().allMatch(Character::isDigit)) {
      return seconds(value);
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(clock.instant(), at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String digits) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(digits)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
