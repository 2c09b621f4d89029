package dev.ordersaga.sandbox.idempotency;

/**
 * The successful answer of a mutating request, recorded for replay.
 *
 * @param status the HTTP status, 2xx
 * @param body the representation, serialized as JSON
 */
public record Outcome(int status, Object body) {
  /** {@code 200 OK}. */
  public static Outcome ok(Object body) {
    return new Outcome(200, body);
  }

  /** {@code 201 Created}. */
  public static Outcome created(Object body) {
    return new Outcome(201, body);
  }

  /** {@code 202 Accepted}. */
  public static Outcome accepted(Object body) {
    return new Outcome(202, body);
  }
}
