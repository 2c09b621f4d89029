package dev.ordersaga.telemetry.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.telemetry.LogFields;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {
  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void closingGivesEachKeyBackWhatItHeldBefore() {
    MDC.put(LogFields.ORDER_ID, "outer");
    try (LogContext ignored =
        LogContext.open(Map.of(LogFields.ORDER_ID, "inner", LogFields.STEP, "reserve-stock"))) {
      assertThat(MDC.get(LogFields.ORDER_ID)).isEqualTo("inner");
      assertThat(MDC.get(LogFields.STEP)).isEqualTo("reserve-stock");
    }

    assertThat(MDC.get(LogFields.ORDER_ID)).isEqualTo("outer");
    assertThat(MDC.get(LogFields.STEP)).isNull();
  }

  @Test
  void aNullValueRemovesTheKeyForTheBlockOnly() {
    MDC.put(LogFields.ORDER_ID, "outer");
    Map<String, String> noOrder = new HashMap<>();
    noOrder.put(LogFields.ORDER_ID, null);
    try (LogContext ignored = LogContext.open(noOrder)) {
      assertThat(MDC.getCopyOfContextMap()).doesNotContainKey(LogFields.ORDER_ID);
    }

    assertThat(MDC.get(LogFields.ORDER_ID)).isEqualTo("outer");
  }
}
