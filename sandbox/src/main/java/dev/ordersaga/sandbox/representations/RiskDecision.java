package dev.ordersaga.sandbox.representations;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the risk provider decided about an order; lower case on the wire. */
public enum RiskDecision {
  /** The order may go on. */
  APPROVE,
  /** An operator should look at the order before it goes on. */
  REVIEW,
  /** The order must not go on. */
  DECLINE;

  /** The name on the wire and in the database, e.g. {@code approve}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The decision named {@code wireName}.
   *
   * @throws IllegalArgumentException when it names none
   */
  public static RiskDecision byWireName(String wireName) {
    return Arrays.stream(values())
        .filter(d -> d.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no risk decision '" + wireName + "'"));
  }
}
