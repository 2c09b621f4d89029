package dev.ordersaga.bench.report;

import dev.ordersaga.telemetry.metrics.MetricNames;

/**
 * What the parked orders cost while they waited, from one run.
 *
 * @param paymentStatusBytesPerWaiting heap of the {@code payment-status} worker after a full GC
 *     with every order parked, over its empty baseline, per waiting payment
 * @param ordersBytesPerParked the same for the {@code orders} worker (cached workflows)
 * @param paymentsHeld payments the {@code payment-status} worker's poller held (its {@link
 *     MetricNames#PAYMENTS_WAITING})
 * @param holdSeconds how long the parked orders were watched before the drain
 * @param heartbeatsSent heartbeats the poller sent to the server over the hold (its {@link
 *     MetricNames#PAYMENT_HEARTBEATS})
 * @param heartbeatsPerSecond {@code heartbeatsSent / holdSeconds}: a hold shorter than the
 *     heartbeat interval sees few or none
 * @param heartbeatIntervalSeconds each waiting payment's heartbeat interval from the worker config
 *     (at most 0.8 × the heartbeat timeout)
 * @param steadyHeartbeatsPerSecond {@code paymentsHeld / heartbeatIntervalSeconds}: the rate once
 *     the wait outlasts one interval
 * @param statusReadsPerSecond provider calls of the poller over the hold (one per batch)
 * @param historyEventsPerOrderHour events added to sampled parked orders' histories over the hold,
 *     per order and hour
 * @param historySampled how many parked orders' histories were sampled
 */
public record WaitCost(
    double paymentStatusBytesPerWaiting,
    double ordersBytesPerParked,
    long paymentsHeld,
    double holdSeconds,
    long heartbeatsSent,
    double heartbeatsPerSecond,
    double heartbeatIntervalSeconds,
    double steadyHeartbeatsPerSecond,
    double statusReadsPerSecond,
    double historyEventsPerOrderHour,
    int historySampled) {}
