package dev.ordersaga.activities.testing;

import mockwebserver3.MockResponse;

/** Canned answers of the downstream systems. */
public final class Answers {
  private Answers() {}

  /** A JSON answer. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** A JSON answer replayed from the idempotency record. */
  public static MockResponse replayed(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("Idempotent-Replayed", "true")
        .body(body)
        .build();
  }

  /** An {@code application/problem+json} answer. */
  public static MockResponse problem(int status, String code, String detail) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/problem+json")
        .body(
            """
            {"type":"about:blank","title":"%s","status":%d,"detail":"%s","code":"%s"}
            """
                .formatted(code, status, detail, code))
        .build();
  }

  /** A 503 with {@code Retry-After: retryAfter}, as the sandbox's fault injection answers. */
  public static MockResponse unavailable(String retryAfter) {
    return new MockResponse.Builder()
        .code(503)
        .setHeader("Content-Type", "application/problem+json")
        .setHeader("Retry-After", retryAfter)
        .body(
            """
            {"type":"about:blank","title":"Unavailable","status":503,"detail":"fault","code":"Unavailable"}
            """)
        .build();
  }
}
