package dev.ordersaga.telemetry.logging;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * MDC entries for the lines a block logs: {@link #open} puts them, {@link #close} gives each key
 * back the value it held before (or none), so contexts nest and a pooled thread keeps nothing.
 * Names an order with the {@link dev.ordersaga.telemetry.LogFields} keys.
 */
public final class LogContext implements AutoCloseable {
  private final Map<String, String> previous;

  private LogContext(Map<String, String> previous) {
    this.previous = previous;
  }

  /**
   * Puts {@code entries} into the MDC until the result is closed; a key whose value is null is
   * removed for as long, so a line never names an order the block is not about.
   */
  public static LogContext open(Map<String, String> entries) {
    Map<String, String> previous = new HashMap<>();
    entries.forEach(
        (key, value) -> {
          previous.put(key, MDC.get(key));
          put(key, value);
        });
    return new LogContext(previous);
  }

  /** Gives every key back its value from before {@link #open}. */
  @Override
  public void close() {
    previous.forEach(LogContext::put);
  }

  private static void put(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
