package dev.ordersaga.sandbox.payments;

import java.util.Arrays;
import java.util.Optional;

/** The card tokens the sandbox accepts, each with its fixed outcome. */
public enum Token {
  OK("tok_ok", "SUCCEEDED", null),
  DECLINE("tok_decline", "DECLINED", "card declined"),
  NEVER("tok_never", null, null);

  private final String wireName;
  private final String outcome;
  private final String reason;

  Token(String wireName, String outcome, String reason) {
    this.wireName = wireName;
    this.outcome = outcome;
    this.reason = reason;
  }

  /** The token named {@code wireName}, if it is one of the sandbox's. */
  public static Optional<Token> parse(String wireName) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
  }

  /** Whether payments with this token settle by themselves. */
  public boolean settles() {
    return outcome != null;
  }

  /** The status it settles to; only when {@link #settles()}. */
  public String outcome() {
    return outcome;
  }

  /** The reason recorded with the outcome, or {@code null}. */
  public String reason() {
    return reason;
  }
}
