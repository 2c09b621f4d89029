package dev.ordersaga.bench.load;

/**
 * What one call of a load loop measured.
 *
 * @param firstMs the front door's answer (the whole call when there is nothing to wait for)
 * @param totalMs until the order ended
 * @param ok whether it ended as expected
 */
public record Outcome(double firstMs, double totalMs, boolean ok) {}
