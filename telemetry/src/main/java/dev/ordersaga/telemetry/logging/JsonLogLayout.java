package dev.ordersaga.telemetry.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import java.util.TimeZone;

/**
 * The log line of every process: one JSON object per line, exactly as Dropwizard's {@code layout:
 * type: json} writes it with {@code timestampFormat:} {@link #TIMESTAMP_FORMAT} (the API and the
 * sandbox configure that in their {@code config.yml}; the workers name this class in {@code
 * logback.xml}). The fields: {@code timestamp} (ISO-8601, UTC), {@code level}, {@code thread},
 * {@code logger}, {@code message}, {@code exception} (the stack trace, when there is one), {@code
 * marker} (when there is one) and {@code mdc}, an object holding every MDC entry of the line (the
 * {@link dev.ordersaga.telemetry.LogFields} among them).
 */
public final class JsonLogLayout extends DelegatingLayout {
  /**
   * How {@code timestamp} is written: ISO-8601 in UTC with milliseconds, {@code
   * 2026-12-08T09:15:02.480Z}. Always as wide, so sorting lines as text sorts them by time.
   */
  public static final String TIMESTAMP_FORMAT = "uuuu-MM-dd'T'HH:mm:ss.SSSX";

  @Override
  LayoutBase<ILoggingEvent> choose() {
    EventJsonLayoutBaseFactory factory = new EventJsonLayoutBaseFactory();
    factory.setTimestampFormat(TIMESTAMP_FORMAT);
    return factory.build((LoggerContext) getContext(), TimeZone.getTimeZone("UTC"));
  }
}
