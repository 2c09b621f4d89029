package dev.ordersaga.activities.payments;

import io.temporal.worker.WorkerOptions;

/**
 * What the worker of the {@code payment-status} queue needs so that {@link PaymentStatusClient}
 * keeps thousands of payments waiting: activities on virtual threads, and a concurrency limit high
 * enough for every waiting payment.
 */
public final class PaymentPolling {
  /** The default number of payments one worker keeps waiting at once. */
  public static final int MAX_WAITING_PAYMENTS = 10_000;

  private PaymentPolling() {}

  /**
   * Sets {@code setUsingVirtualThreadsOnActivityWorker(true)} and a concurrent activity limit of
   * {@value #MAX_WAITING_PAYMENTS} on {@code builder}.
   */
  public static WorkerOptions.Builder applyTo(WorkerOptions.Builder builder) {
    return applyTo(builder, MAX_WAITING_PAYMENTS);
  }

  /**
   * Sets {@code setUsingVirtualThreadsOnActivityWorker(true)} and a concurrent activity limit of
   * {@code maxWaitingPayments} on {@code builder}.
   */
  public static WorkerOptions.Builder applyTo(
      WorkerOptions.Builder builder, int maxWaitingPayments) {
    if (maxWaitingPayments < 1) {
      throw new IllegalArgumentException("maxWaitingPayments must be positive");
    }
    return builder
        .setUsingVirtualThreadsOnActivityWorker(true)
        .setMaxConcurrentActivityExecutionSize(maxWaitingPayments);
  }
}
