package dev.ordersaga.bench.report;

/**
 * A run read back from its results file.
 *
 * @param jsonName the file's name, as the docs cite it
 */
public record RecordedRun(BenchResult result, String jsonName) {}
