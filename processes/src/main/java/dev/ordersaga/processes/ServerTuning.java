package dev.ordersaga.processes;

import java.util.List;

/**
 * How a dev server is tuned (the benchmark records it with its results); {@link #DEFAULT} is what
 * the end-to-end tests use.
 *
 * @param sqlitePragmas {@code --sqlite-pragma} values ({@code name=value}); empty keeps the
 *     defaults
 * @param dynamicConfig further {@code --dynamic-config-value} values ({@code key=json})
 * @param gogc the server's {@code GOGC} (Go's garbage collector target; Go's default is 100)
 */
public record ServerTuning(List<String> sqlitePragmas, List<String> dynamicConfig, String gogc) {
  /** SQLite in WAL mode with normal syncs, nothing else changed. */
  public static final ServerTuning DEFAULT =
      new ServerTuning(List.of("journal_mode=wal", "synchronous=normal"), List.of(), "100");
}
