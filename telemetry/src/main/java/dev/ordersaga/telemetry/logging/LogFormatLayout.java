package dev.ordersaga.telemetry.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;

/**
 * The line of a process configured by {@code logback.xml}: {@link JsonLogLayout} for {@code
 * <format>json</format>}, {@link TextLogLayout} for {@code text} (so {@code
 * <format>${ORDER_SAGA_LOG_FORMAT:-json}</format>} switches it); an empty format is JSON too. Any
 * other format is reported as a configuration error and written as JSON.
 */
public final class LogFormatLayout extends DelegatingLayout {
  /** The format of machine-read lines. */
  public static final String JSON = "json";

  /** The format for a person at a terminal. */
  public static final String TEXT = "text";

  private String format = JSON;

  /** Sets the format, {@value #JSON} or {@value #TEXT}. */
  public void setFormat(String format) {
    this.format = format == null ? JSON : format.strip();
  }

  @Override
  LayoutBase<ILoggingEvent> choose() {
    if (TEXT.equals(format)) {
      return new TextLogLayout();
    }
    if (!JSON.equals(format) && !format.isBlank()) {
      addError("unknown log format '" + format + "' (json or text); writing json");
    }
    return new JsonLogLayout();
  }
}
