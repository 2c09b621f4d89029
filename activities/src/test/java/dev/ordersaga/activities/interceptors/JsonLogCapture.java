package dev.ordersaga.activities.interceptors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.telemetry.logging.JsonLogLayout;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The lines one logger writes while this is open, as the workers' {@code logback.xml} writes them
 * ({@link JsonLogLayout}, formatted on the logging thread), each parsed as JSON.
 */
final class JsonLogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger;
  private final JsonLogLayout layout = new JsonLogLayout();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  JsonLogCapture(Class<?> type) {
    logger = (Logger) LoggerFactory.getLogger(type);
    setContext(logger.getLoggerContext());
    layout.setContext(logger.getLoggerContext());
    layout.start();
    start();
    logger.addAppender(this);
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(layout.doLayout(event));
  }

  /** Every line so far, parsed. */
  List<JsonNode> lines() {
    ObjectMapper json = new ObjectMapper();
    return lines.stream()
        .map(
            line -> {
              try {
                return json.readTree(line);
              } catch (java.io.IOException notJson) {
                throw new UncheckedIOException("not a JSON line: " + line, notJson);
              }
            })
        .toList();
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
    layout.stop();
  }
}
