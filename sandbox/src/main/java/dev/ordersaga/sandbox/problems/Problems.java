package dev.ordersaga.sandbox.problems;

/** The problems the sandbox answers with, by code. */
public final class Problems {
  private Problems() {}

  /** {@code InvalidOrder}: the request breaks a business rule (409 or 422). */
  public static ProblemException invalidOrder(int status, String detail) {
    return new ProblemException(Problem.of(status, "InvalidOrder", "Invalid order", detail));
  }

  /** {@code 409 OutOfStock}: a line cannot be reserved; nothing was reserved. */
  public static ProblemException outOfStock(String detail) {
    return new ProblemException(Problem.of(409, "OutOfStock", "Out of stock", detail));
  }

  /** {@code 422 ShipmentRefused}: the carrier will not ship to the address. */
  public static ProblemException shipmentRefused(String detail) {
    return new ProblemException(Problem.of(422, "ShipmentRefused", "Shipment refused", detail));
  }

  /** {@code 404 NotFound}. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "NotFound", "Not found", detail));
  }

  /** {@code 409 PaymentNotPending}: an admin settlement of a payment that already settled. */
  public static ProblemException paymentNotPending(String detail) {
    return new ProblemException(
        Problem.of(409, "PaymentNotPending", "Payment is not pending", detail));
  }

  /**
   * {@code 409 AlreadyUndone}: the forward request of a step that was already undone for this
   * order; nothing happened.
   */
  public static ProblemException alreadyUndone(String detail) {
    return new ProblemException(Problem.of(409, "AlreadyUndone", "Already undone", detail));
  }

  /** {@code 400 IdempotencyKeyMissing}: a mutating request without {@code Idempotency-Key}. */
  public static ProblemException idempotencyKeyMissing(String detail) {
    return new ProblemException(
        Problem.of(400, "IdempotencyKeyMissing", "Idempotency-Key required", detail));
  }

  /** {@code 400 IdempotencyKeyInvalid}: an {@code Idempotency-Key} longer than allowed. */
  public static ProblemException idempotencyKeyInvalid(String detail) {
    return new ProblemException(
        Problem.of(400, "IdempotencyKeyInvalid", "Idempotency-Key invalid", detail));
  }

  /** {@code 422 IdempotencyKeyReused}: the key was first used with another body. */
  public static ProblemException idempotencyKeyReused(String detail) {
    return new ProblemException(
        Problem.of(422, "IdempotencyKeyReused", "Idempotency key reused", detail));
  }

  /** {@code 503 SystemUnavailable}: fault injection took the system down. */
  public static Problem systemUnavailable(String system) {
    return Problem.of(
        503,
        "SystemUnavailable",
        "System unavailable",
        "the " + system + " system is down (fault injection)");
  }
}
