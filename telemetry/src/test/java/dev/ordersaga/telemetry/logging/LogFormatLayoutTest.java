package dev.ordersaga.telemetry.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogFormatLayoutTest {
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

  @Test
  void jsonIsTheDefaultAndTextIsForATerminal() {
    assertThat(line(null)).startsWith("{\"timestamp\":");
    assertThat(line(LogFormatLayout.JSON)).startsWith("{\"timestamp\":");
    assertThat(line(LogFormatLayout.TEXT)).doesNotStartWith("{").contains("INFO", "hello");
  }

  @Test
  void anUnknownFormatIsReportedAndWrittenAsJson() {
    int errorsBefore = context.getStatusManager().getCount();

    assertThat(line("xml")).startsWith("{\"timestamp\":");
    assertThat(context.getStatusManager().getCopyOfStatusList().stream().skip(errorsBefore))
        .anySatisfy(status -> assertThat(status.getMessage()).contains("unknown log format 'xml'"));
  }

  private String line(String format) {
    LogFormatLayout layout = new LogFormatLayout();
    layout.setContext(context);
    if (format != null) {
      layout.setFormat(format);
    }
    layout.start();
    Logger logger = context.getLogger("probe");
    return layout.doLayout(
        new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "hello", null, null));
  }
}
