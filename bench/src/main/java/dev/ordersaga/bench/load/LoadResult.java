package dev.ordersaga.bench.load;

/**
 * What a closed loop of {@code clients} measured.
 *
 * @param calls calls that ended as expected
 * @param failures calls that did not
 * @param perSecond calls ended as expected per wall second
 * @param firstP50Ms the front door's answer (see {@link Outcome#firstMs})
 */
public record LoadResult(
    int clients,
    int calls,
    int failures,
    double seconds,
    double perSecond,
    double firstP50Ms,
    double firstP99Ms,
    double totalP50Ms,
    double totalP99Ms) {}
