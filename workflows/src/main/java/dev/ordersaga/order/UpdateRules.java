package dev.ordersaga.order;

import io.temporal.failure.ApplicationFailure;

/**
 * When the {@code cancel}, {@code retryCompensation}, {@code resume} and {@code review} Updates are
 * refused, and why.
 */
final class UpdateRules {
  private UpdateRules() {}

  /**
   * Refuses a cancel once the order is over, is being undone for another reason, or its shipment is
   * being created or exists. A repeated cancel of an order already being cancelled is accepted.
   *
   * @throws UpdateRefusedException saying why
   */
  static void checkCancel(String orderId, SagaLedger ledger, boolean cancelAccepted) {
    OrderStatus status = ledger.status();
    if (cancelAccepted && !status.isTerminal()) {
      return;
    }
    if (status.isTerminal()) {
      throw new UpdateRefusedException("order " + orderId + " is already " + status);
    }
    if (status == OrderStatus.COMPENSATING || status == OrderStatus.COMPENSATION_FAILED) {
      throw new UpdateRefusedException("order " + orderId + " is already being undone");
    }
    StepState shipment = ledger.state(Step.CREATE_SHIPMENT);
    if (shipment != StepState.PENDING) {
      throw new UpdateRefusedException(
          "order " + orderId + " can no longer be cancelled: its shipment is " + shipment);
    }
  }

  /**
   * Refuses an operator's Update unless the order rests in {@code parked}: COMPENSATION_FAILED for
   * retryCompensation, NEEDS_ATTENTION for resume, IN_REVIEW for review.
   *
   * @throws UpdateRefusedException saying why
   */
  static void checkParkedIn(String orderId, SagaLedger ledger, OrderStatus parked) {
    if (ledger.status() != parked) {
      throw new UpdateRefusedException(
          "order " + orderId + " is " + ledger.status() + ", not " + parked);
    }
  }

  /** An Update refused by its handler, as the caller sees a validator's refusal. */
  static ApplicationFailure refused(String why) {
    return ApplicationFailure.newNonRetryableFailure(why, OrderFailureTypes.UPDATE_REFUSED);
  }
}
