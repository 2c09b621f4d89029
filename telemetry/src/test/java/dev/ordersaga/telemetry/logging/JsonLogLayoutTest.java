package dev.ordersaga.telemetry.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.telemetry.LogFields;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class JsonLogLayoutTest {
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger logger = context.getLogger("dev.ordersaga.Probe");
  private final JsonLogLayout layout = new JsonLogLayout();

  @AfterEach
  void stop() {
    layout.stop();
    MDC.clear();
  }

  @Test
  void writesOneJsonObjectPerLineWithEveryMdcEntryAndAUtcIsoTimestamp() throws Exception {
    String line;
    try (LogContext ignored =
        LogContext.open(Map.of(LogFields.ORDER_ID, "o-1", LogFields.TRACE_ID, "abc"))) {
      line = layout(event("order {} started", null, "o-1"));
    }

    assertThat(line).endsWith("\n").doesNotContain("\n{");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.path("level").asText()).isEqualTo("INFO");
    assertThat(json.path("logger").asText()).isEqualTo("dev.ordersaga.Probe");
    assertThat(json.path("message").asText()).isEqualTo("order o-1 started");
    assertThat(json.path("thread").asText()).isNotEmpty();
    assertThat(json.path("mdc").path(LogFields.ORDER_ID).asText()).isEqualTo("o-1");
    assertThat(json.path("mdc").path(LogFields.TRACE_ID).asText()).isEqualTo("abc");
    assertThat(json.path("timestamp").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(Instant.parse(json.path("timestamp").asText()))
        .isBetween(Instant.now().minusSeconds(60), Instant.now());
  }

  @Test
  void writesTheStackTraceOfAFailureIntoItsExceptionField() throws Exception {
    String line = layout(event("failed", new IllegalStateException("boom")));

    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.path("exception").asText())
        .contains("java.lang.IllegalStateException: boom", "at dev.ordersaga");
  }

  private String layout(LoggingEvent event) {
    layout.setContext(context);
    layout.start();
    return layout.doLayout(event);
  }

  private LoggingEvent event(String message, Throwable failure, Object... arguments) {
    return new LoggingEvent(
        Logger.class.getName(), logger, Level.INFO, message, failure, arguments);
  }
}
