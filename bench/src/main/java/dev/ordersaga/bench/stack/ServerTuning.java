package dev.ordersaga.bench.stack;

import java.util.List;

/**
 * How the benchmark's dev server is tuned; recorded with the results.
 *
 * @param sqlitePragmas {@code --sqlite-pragma} values ({@code name=value}); empty keeps the
 *     defaults
 * @param dynamicConfig further {@code --dynamic-config-value} values ({@code key=json})
 * @param gogc the server's {@code GOGC} (Go's garbage collector target; Go's default is 100)
 */
public record ServerTuning(List<String> sqlitePragmas, List<String> dynamicConfig, String gogc) {}
