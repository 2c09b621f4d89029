package dev.ordersaga.activities.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.policy.RetryBackoff;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * The one place that turns a downstream answer into success or an {@link ApplicationFailure}:
 *
 * <table>
 *   <caption>answer → outcome</caption>
 *   <tr><th>answer</th><th>outcome</th></tr>
 *   <tr><td>2xx, replayed or not</td><td>success</td></tr>
 *   <tr><td>4xx, problem code {@code OutOfStock}, {@code InvalidOrder}, {@code PaymentDeclined},
 *       {@code ShipmentRefused}, {@code AlreadyUndone}</td><td>non-retryable, type = the
 *       code</td></tr>
 *   <tr><td>4xx, problem code {@code IdempotencyKeyReused}</td>
 *       <td>non-retryable {@code IdempotencyKeyReused}</td></tr>
 *   <tr><td>408, 429, 5xx</td><td>retryable {@code DownstreamUnavailable}</td></tr>
 *   <tr><td>401, 403, 404 without a business code</td><td>retryable {@code
 *       DownstreamAuthOrNotFound}</td></tr>
 *   <tr><td>other 1xx, 3xx, 4xx</td><td>non-retryable {@code DownstreamRejected}</td></tr>
 *   <tr><td>{@link IOException} (timeout, refused or dropped connection)</td>
 *       <td>retryable {@code DownstreamUnavailable}</td></tr>
 * </table>
 *
 * <p>An unknown 4xx is never {@code InvalidOrder}: it says the adapter, the configuration or the
 * provider is wrong, not the customer's order, and the workflow must not report it as a refusal of
 * the order. Those an operator can fix while orders wait (credentials, permissions, a URL, a
 * resource not readable yet) are retried; the rest (a malformed request) are rejected.
 *
 * <p>A retryable answer with a {@code Retry-After} sets the next retry delay by {@link
 * RetryBackoff}'s rule: the larger of the step's backoff for this attempt and {@code Retry-After},
 * within its initial and maximum interval. So "retry now" ({@code 0}, a date in the past) keeps the
 * backoff, and a provider asking for an hour cannot end a step whose schedule-to-close is shorter.
 * Without the header the step's own backoff applies.
 */
public final class FailureClassifier {
  private static final Set<String> BUSINESS_CODES =
      Set.of(
          OrderFailureTypes.OUT_OF_STOCK,
          OrderFailureTypes.INVALID_ORDER,
          OrderFailureTypes.PAYMENT_DECLINED,
          OrderFailureTypes.SHIPMENT_REFUSED,
          OrderFailureTypes.ALREADY_UNDONE);

  private static final Set<Integer> OPERATOR_FIXABLE = Set.of(401, 403, 404);

  private final ObjectMapper json;
  private final Clock clock;
  private final Function<Duration, Optional<Duration>> retryDelay;

  /** A classifier giving a {@code Retry-After} the calling activity's {@link RetryBackoff}. */
  public FailureClassifier(ObjectMapper json, Clock clock) {
    this(json, clock, ActivityScope::retryDelay);
  }

  /**
   * A classifier turning a {@code Retry-After} into the next retry delay with {@code retryDelay}
   * (empty: outside an activity, the delay the header asks for, left to the caller's rule).
   */
  public FailureClassifier(
      ObjectMapper json, Clock clock, Function<Duration, Optional<Duration>> retryDelay) {
    this.json = json;
    this.clock = clock;
    this.retryDelay = retryDelay;
  }

  /** Whether an answer with {@code status} is one to retry. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
  }

  /**
   * The failure an answer stands for; empty for 2xx.
   *
   * @param body the answer's body, a problem document or anything else
   */
  public Optional<ApplicationFailure> classify(
      Request request, int status, Headers headers, String body) {
    if (status >= 200 && status <= 299) {
      return Optional.empty();
    }
    Problem problem = problem(body);
    String code = problem == null ? null : problem.code();
    String what = describe(request, status, problem);
    if (isRetryableStatus(status)) {
      return Optional.of(retryable(what, DownstreamFailureTypes.UNAVAILABLE, headers));
    }
    if (status >= 400 && status <= 499 && code != null) {
      if (BUSINESS_CODES.contains(code)) {
        String detail = problem.detail() == null ? what : problem.detail();
        return Optional.of(ApplicationFailure.newNonRetryableFailure(detail, code));
      }
      if (DownstreamFailureTypes.IDEMPOTENCY_KEY_REUSED.equals(code)) {
        return Optional.of(
            ApplicationFailure.newNonRetryableFailure(
                what, DownstreamFailureTypes.IDEMPOTENCY_KEY_REUSED));
      }
    }
    if (OPERATOR_FIXABLE.contains(status)) {
      return Optional.of(retryable(what, DownstreamFailureTypes.AUTH_OR_NOT_FOUND, headers));
    }
    return Optional.of(
        ApplicationFailure.newNonRetryableFailure(what, DownstreamFailureTypes.REJECTED));
  }

  private ApplicationFailure retryable(String what, String type, Headers headers) {
    return ApplicationFailure.newBuilder()
        .setMessage(what)
        .setType(type)
        .setNonRetryable(false)
        .setNextRetryDelay(retryDelay(headers).orElse(null))
        .build();
  }

  /** The next retry delay for an answer with a {@code Retry-After}; empty without one. */
  private Optional<Duration> retryDelay(Headers headers) {
    return RetryAfter.parse(headers.get("Retry-After"), clock)
        .map(asked -> retryDelay.apply(asked).orElse(asked));
  }

  /** A call that got no answer: timed out, refused, reset or dropped. Always retryable. */
  public ApplicationFailure classify(Request request, IOException error) {
    return ApplicationFailure.newFailureWithCause(
        request.method() + " " + request.url().encodedPath() + " failed: " + error,
        DownstreamFailureTypes.UNAVAILABLE,
        error);
  }

  /** A 2xx answer whose body breaks the contract. Not retryable: it is a bug to look at. */
  public ApplicationFailure unexpected(Request request, int status, String why, Throwable cause) {
    return ApplicationFailure.newNonRetryableFailureWithCause(
        request.method()
            + " "
            + request.url().encodedPath()
            + " answered "
            + status
            + " with an unexpected body: "
            + why,
        DownstreamFailureTypes.UNEXPECTED_RESPONSE,
        cause);
  }

  /** A 2xx answer that parsed but lacks what the contract promises. Not retryable. */
  public static ApplicationFailure unexpectedReply(String what) {
    return ApplicationFailure.newNonRetryableFailure(
        what, DownstreamFailureTypes.UNEXPECTED_RESPONSE);
  }

  /**
   * {@code value}, a field a 2xx answer must carry.
   *
   * @throws ApplicationFailure non-retryable {@code UnexpectedResponse} {@code "{answer} answered
   *     without a {field}"} when {@code value} is null or blank
   */
  public static String required(String value, String answer, String field) {
    if (value == null || value.isBlank()) {
      throw unexpectedReply(answer + " answered without a " + field);
    }
    return value;
  }

  private Problem problem(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return json.readValue(body, Problem.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String describe(Request request, int status, Problem problem) {
    StringBuilder what =
        new StringBuilder()
            .append(request.method())
            .append(' ')
            .append(request.url().encodedPath())
            .append(" answered ")
            .append(status);
    if (problem != null && problem.code() != null) {
      what.append(' ').append(problem.code());
    }
    if (problem != null && problem.detail() != null) {
      what.append(": ").append(problem.detail());
    }
    return what.toString();
  }
}
