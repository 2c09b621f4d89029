package dev.ordersaga.telemetry.logging;

import ch.qos.logback.classic.PatternLayout;

/**
 * The log line for a person at a terminal ({@code ORDER_SAGA_LOG_FORMAT=text}): time (UTC), level,
 * thread, logger, every MDC entry as {@code key=value}, the message, then the stack trace if any.
 */
public final class TextLogLayout extends PatternLayout {
  /** The line's pattern. */
  public static final String PATTERN =
      "%d{ISO8601,UTC} %-5level [%thread] %logger{24} {%mdc} %msg%n%rEx";

  /** A layout writing {@link #PATTERN}. */
  public TextLogLayout() {
    setPattern(PATTERN);
  }
}
