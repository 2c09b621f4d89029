package dev.ordersaga.bench.report;

import java.util.List;

/**
 * Parked orders: how many were awaiting payment at once, the footprint then, what waiting costs the
 * server, and how long they took to complete once every payment settled.
 *
 * @param submitted orders submitted ({@code tok_never}, so they wait)
 * @param parkSeconds from the first submit until all were awaiting payment
 * @param waiting what waiting cost, measured while all were parked
 * @param completed orders that completed during the drain
 * @param drained whether no order was running before the drain deadline; when false, {@code
 *     drainSeconds} is the deadline and orders still in their first steps were counted too
 */
public record ParkedResult(
    int submitted,
    long parked,
    double parkSeconds,
    List<ParkedSample> samples,
    WaitCost waiting,
    int settled,
    double drainSeconds,
    long completed,
    boolean drained) {}
