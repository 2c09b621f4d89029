package dev.ordersaga.telemetry.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.TimeZone;

/**
 * Dropwizard's {@code layout: type: text}: the {@link TextLogLayout} line, so a {@code config.yml}
 * can say {@code type: ${ORDER_SAGA_LOG_FORMAT:-json}}. The options of the JSON layout beside it
 * (such as {@code timestampFormat}) are accepted and have no effect.
 */
@JsonTypeName("text")
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TextLayoutFactory implements DiscoverableLayoutFactory<ILoggingEvent> {
  @Override
  public LayoutBase<ILoggingEvent> build(LoggerContext context, TimeZone timeZone) {
    TextLogLayout layout = new TextLogLayout();
    layout.setContext(context);
    return layout;
  }
}
