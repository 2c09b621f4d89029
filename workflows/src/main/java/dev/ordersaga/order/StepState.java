package dev.ordersaga.order;

/** Where one step of the saga stands. */
public enum StepState {
  PENDING,
  RUNNING,
  DONE,
  FAILED,
  COMPENSATING,
  COMPENSATED,
  COMPENSATION_FAILED,
  /** Never ran: the order ended before reaching it. */
  SKIPPED
}
