package dev.ordersaga.activities.http;

/**
 * The {@code ApplicationFailure} types the adapters raise besides the business refusals of {@code
 * OrderFailureTypes}.
 */
public final class DownstreamFailureTypes {
  /**
   * Retryable: the system could not answer now (timeout, connection error, 408, 429, 5xx). When the
   * system sent a {@code Retry-After}, carries the next retry delay {@code RetryBackoff} gives it.
   */
  public static final String UNAVAILABLE = "DownstreamUnavailable";

  /**
   * Retryable with the step's backoff: the system answered 401 or 403 (credentials being rotated, a
   * missing permission) or 404 (a wrong URL, or a resource not readable yet after its write). An
   * operator can fix these while orders wait; they never compensate an order at once. Counted in
   * the worker metric {@code order_saga_activity_calls_total} (outcome = this type) like every
   * failure.
   */
  public static final String AUTH_OR_NOT_FOUND = "DownstreamAuthOrNotFound";

  /**
   * Non-retryable: the system refused the request for a reason that is not a business refusal and
   * that a retry of the same request cannot change (400, 409 or 422 without a business code, 405,
   * 410, 3xx, ...). This is a bug in the adapter or the provider to look at.
   */
  public static final String REJECTED = "DownstreamRejected";

  /**
   * Non-retryable: an {@code Idempotency-Key} was sent again with a different body. Always a bug:
   * keys are {@code {orderId}:{step}} and a step's body never changes.
   */
  public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";

  /** Non-retryable: a 2xx answer whose body breaks the contract (not JSON, missing fields). */
  public static final String UNEXPECTED_RESPONSE = "UnexpectedResponse";

  /**
   * Non-retryable: the payment being awaited was refunded or voided, so it will never settle as
   * SUCCEEDED or DECLINED.
   */
  public static final String PAYMENT_UNDONE = "PaymentUndone";

  private DownstreamFailureTypes() {}
}
