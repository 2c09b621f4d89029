package dev.ordersaga.bench.report;

/**
 * {@code POST /orders} under {@code clients} customers, each placing one order at a time and
 * following it to its end before the next.
 *
 * @param answerP50Ms time to the 202 answer, median
 * @param answerP99Ms time to the 202 answer, 99th percentile
 * @param doneP50Ms time from the POST to the order's completion, median
 * @param doneP99Ms time from the POST to the order's completion, 99th percentile
 * @param ordersPerSec orders completed per second
 * @param calls orders completed
 * @param failures orders that did not complete
 */
public record FrontDoorLevel(
    int clients,
    double answerP50Ms,
    double answerP99Ms,
    double doneP50Ms,
    double doneP99Ms,
    double ordersPerSec,
    int calls,
    int failures) {}
