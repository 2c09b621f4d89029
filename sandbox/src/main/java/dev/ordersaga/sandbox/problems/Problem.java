package dev.ordersaga.sandbox.problems;

/**
 * An RFC 7807 problem body, sent as {@code application/problem+json}.
 *
 * @param type a URN naming the kind of problem, derived from {@code code}
 * @param title a short, human-readable summary of the kind of problem
 * @param status the HTTP status code of the response carrying this body
 * @param detail what went wrong with this request
 * @param code the business failure type ({@code OutOfStock}, {@code InvalidOrder}, ...) or a
 *     technical code ({@code IdempotencyKeyReused}, {@code MalformedJson}, ...)
 */
public record Problem(String type, String title, int status, String detail, String code) {

  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem whose {@code type} is derived from {@code code}. */
  public static Problem of(int status, String code, String title, String detail) {
    return new Problem("urn:ordersaga:sandbox:problem:" + code, title, status, detail, code);
  }
}
