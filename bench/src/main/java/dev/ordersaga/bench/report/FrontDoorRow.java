package dev.ordersaga.bench.report;

/**
 * The front door under {@code clients} concurrent customers, each placing one order at a time and
 * learning its outcome before placing the next: {@code POST /orders} (async: answers 202 once the
 * workflow is started; the customer then follows the order to its end) beside the synchronous
 * baseline's {@code POST /sync-orders} (sync: answers when every step is done), with the sandbox at
 * realistic latencies.
 *
 * @param asyncP50Ms time to the 202 answer, median
 * @param asyncP99Ms time to the 202 answer, 99th percentile
 * @param asyncDoneP50Ms time from the POST to the order's completion, median
 * @param asyncDoneP99Ms time from the POST to the order's completion, 99th percentile
 * @param asyncOrdersPerSec async orders completed per second at this level
 * @param syncP50Ms time to the sync answer (the order complete), median
 * @param syncP99Ms time to the sync answer, 99th percentile
 * @param syncOrdersPerSec sync orders completed per second at this level
 * @param failures calls of either kind that did not end with the order complete
 */
public record FrontDoorRow(
    int clients,
    double asyncP50Ms,
    double asyncP99Ms,
    double asyncDoneP50Ms,
    double asyncDoneP99Ms,
    double asyncOrdersPerSec,
    int asyncCalls,
    double syncP50Ms,
    double syncP99Ms,
    double syncOrdersPerSec,
    int syncCalls,
    int failures) {
  /** The row of one level: {@code async} by {@code POST /orders}, {@code sync} by the baseline. */
  public static FrontDoorRow of(FrontDoorLevel async, FrontDoorLevel sync) {
    return new FrontDoorRow(
        async.clients(),
        async.answerP50Ms(),
        async.answerP99Ms(),
        async.doneP50Ms(),
        async.doneP99Ms(),
        async.ordersPerSec(),
        async.calls(),
        sync.answerP50Ms(),
        sync.answerP99Ms(),
        sync.ordersPerSec(),
        sync.calls(),
        async.failures() + sync.failures());
  }
}
