package dev.ordersaga.api.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.Serial;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request failure and the RFC 9457 problem it is answered with: status, type, title, detail,
 * field errors, and the headers that go with it ({@code Retry-After}, {@code Allow}). Thrown by
 * resources, the Temporal adapter and the checks they call; {@link ProblemMapper} answers it as it
 * is. A 503 that names no {@code Retry-After} gets the configured one.
 */
public final class ApiProblem extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private static final String OUTCOME_UNKNOWN = "outcome-unknown";

  private final transient Problem problem;
  private final transient Map<String, List<Object>> headers;

  /**
   * @param message what the log says of it, which may say more than the detail
   * @param cause what it stands for, or null
   */
  private ApiProblem(
      Problem problem, Map<String, List<Object>> headers, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
    this.headers =
        headers.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  ApiProblem(Problem problem, Map<String, List<Object>> headers) {
    this(problem, headers, problem.detail(), null);
  }

  private static ApiProblem of(Response.Status status, String slug, String title, String detail) {
    return new ApiProblem(Problem.of(status, slug, title, detail), Map.of());
  }

  private static ApiProblem unavailable(
      String slug, String title, String detail, String message, Throwable cause) {
    return new ApiProblem(
        Problem.of(Response.Status.SERVICE_UNAVAILABLE, slug, title, detail),
        Map.of(),
        message,
        cause);
  }

  /** 422: values of the request broke rules, each named (a body field, header or parameter). */
  public static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(Problem.invalid(errors), Map.of());
  }

  /** 422: one value of the request broke {@code rule}. */
  public static ApiProblem invalid(String field, String rule, String message) {
    return invalid(List.of(new FieldError(field, rule, message)));
  }

  /**
   * 422: an {@code Idempotency-Key} reused with another body, as the IETF Idempotency-Key draft
   * says, naming the header.
   */
  public static ApiProblem idempotencyKeyReused(String detail) {
    return invalid("Idempotency-Key", "reused", detail);
  }

  /** 400: the body is not one JSON object. */
  public static ApiProblem malformedJson(String detail) {
    return of(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON", detail);
  }

  /** 400: a listing's page token Temporal did not hand out (or a filter it does not accept). */
  public static ApiProblem invalidPageToken(String detail) {
    return of(Response.Status.BAD_REQUEST, "invalid-page-token", "Invalid page token", detail);
  }

  /** 401: a webhook whose {@code Payment-Signature} is missing, malformed, stale or unmatched. */
  public static ApiProblem invalidSignature(String detail) {
    return of(
        Response.Status.UNAUTHORIZED, "invalid-signature", "Invalid webhook signature", detail);
  }

  /** 404: there is no order with this id. */
  public static ApiProblem orderNotFound(String orderId) {
    return of(
        Response.Status.NOT_FOUND, "order-not-found", "Order not found", "no order " + orderId);
  }

  /** 409: the order refused the request (shipped, over, being undone, not parked); why. */
  public static ApiProblem orderRefused(String reason) {
    return of(Response.Status.CONFLICT, "order-refused", "Refused by the order", reason);
  }

  /** 429: backpressure, nothing started; retry after {@code retryAfter}. */
  public static ApiProblem tooManyOrders(String detail, Duration retryAfter) {
    return new ApiProblem(
        Problem.of(
            Response.Status.TOO_MANY_REQUESTS, "backpressure", "Too many orders in flight", detail),
        Map.of(HttpHeaders.RETRY_AFTER, List.of(Math.max(1, retryAfter.toSeconds()))));
  }

  /**
   * 503: Temporal was unreachable or too slow and nothing was changed.
   *
   * @param why what Temporal answered, for the log (e.g. its gRPC status code)
   */
  public static ApiProblem temporalUnavailable(String why, Throwable cause) {
    return unavailable(
        "temporal-unavailable",
        "Orders are unavailable",
        "The order engine did not answer in time; nothing was changed. Retry later.",
        "Temporal did not answer: " + why,
        cause);
  }

  /**
   * 503: a change Temporal may or may not have made; the detail says so and how to retry without
   * making it twice (never "nothing was changed").
   */
  public static ApiProblem outcomeUnknown(String detail, Throwable cause) {
    return unavailable(OUTCOME_UNKNOWN, "Outcome unknown", detail, detail, cause);
  }

  /**
   * 503: Temporal refused a change of one order for now (as many changes of it wait for its worker
   * as Temporal admits): nothing was applied; the same request may be sent again later.
   */
  public static ApiProblem orderBusy(String detail, Throwable cause) {
    return unavailable("order-busy", "Order busy", detail, detail, cause);
  }

  /** 500: a bug, logged where it happened; the detail names the log entry. */
  static ApiProblem internalError(String detail) {
    return of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", detail);
  }

  /** Whether this is an {@link #outcomeUnknown} problem. */
  public boolean isOutcomeUnknown() {
    return problem.type().equals(Problem.TYPE_PREFIX + OUTCOME_UNKNOWN);
  }

  /** The body to answer with. */
  public Problem problem() {
    return problem;
  }

  /** The headers to answer with, besides {@code Content-Type}. */
  public Map<String, List<Object>> headers() {
    return headers;
  }
}
