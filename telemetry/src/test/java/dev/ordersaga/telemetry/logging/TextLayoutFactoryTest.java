package dev.ordersaga.telemetry.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TextLayoutFactoryTest {
  private final ObjectMapper dropwizard = Jackson.newObjectMapper();

  @Test
  void theLogFormatSwitchNamesALayoutDropwizardFindsWithTheJsonOptionsBesideIt() throws Exception {
    DiscoverableLayoutFactory<?> text = layout("text");
    DiscoverableLayoutFactory<?> json = layout("json");

    assertThat(text).isInstanceOf(TextLayoutFactory.class);
    assertThat(text.build(new LoggerContext(), TimeZone.getTimeZone("UTC")))
        .isInstanceOf(TextLogLayout.class);
    assertThat(json.getClass().getSimpleName()).isEqualTo("EventJsonLayoutBaseFactory");
  }

  private DiscoverableLayoutFactory<?> layout(String type) throws Exception {
    return dropwizard.readValue(
        "{\"type\":\""
            + type
            + "\",\"timestampFormat\":\""
            + JsonLogLayout.TIMESTAMP_FORMAT
            + "\"}",
        DiscoverableLayoutFactory.class);
  }
}
