package dev.ordersaga.activities.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.order.OrderFailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
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
 *       {@code ShipmentRefused}</td><td>non-retryable, type = the code</td></tr>
 *   <tr><td>4xx, problem code {@code IdempotencyKeyReused}</td>
 *       <td>non-retryable {@code IdempotencyKeyReused}</td></tr>
 *   <tr><td>408, 429, 5xx</td><td>retryable {@code DownstreamUnavailable}, next retry delay from
 *       {@code Retry-After}</td></tr>
 *   <tr><td>other 1xx, 3xx, 4xx</td><td>non-retryable {@code DownstreamRejected}</td></tr>
 *   <tr><td>{@link IOException} (timeout, refused or dropped connection)</td>
 *       <td>retryable {@code DownstreamUnavailable}</td></tr>
 * </table>
 *
 * <p>An unknown 4xx is {@code DownstreamRejected} rather than {@code InvalidOrder}: a 400 (missing
 * key) or 404 (wrong URL) says the adapter or the configuration is wrong, not the customer's order,
 * and the workflow must not report it as a refusal of the order.
 */
public final class FailureClassifier {
  private static final Set<String> BUSINESS_CODES =
      Set.of(
          OrderFailureTypes.OUT_OF_STOCK,
          OrderFailureTypes.INVALID_ORDER,
          OrderFailureTypes.PAYMENT_DECLINED,
          OrderFailureTypes.SHIPMENT_REFUSED);

  private final ObjectMapper json;
  private final Clock clock;

  public FailureClassifier(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
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
      Duration delay = RetryAfter.parse(headers.get("Retry-After"), clock).orElse(null);
      return Optional.of(
          ApplicationFailure.newBuilder()
              .setMessage(what)
              .setType(DownstreamFailureTypes.UNAVAILABLE)
              .setNonRetryable(false)
              .setNextRetryDelay(delay)
              .build());
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
    return Optional.of(
        ApplicationFailure.newNonRetryableFailure(what, DownstreamFailureTypes.REJECTED));
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
