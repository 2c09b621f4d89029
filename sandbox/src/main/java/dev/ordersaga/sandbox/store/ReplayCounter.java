package dev.ordersaga.sandbox.store;

import dev.ordersaga.sandbox.faults.SystemName;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Per system, how many requests were answered from the idempotency store; kept in the database. */
public final class ReplayCounter {
  /** A counter in {@code jdbi}'s database; creates its rows when absent. */
  public ReplayCounter(Jdbi jdbi) {
    jdbi.useTransaction(
        handle -> {
          for (SystemName system : SystemName.values()) {
            handle
                .createUpdate(
                    "INSERT INTO replay_counts (system_name, n) SELECT :system, 0"
                        + " WHERE NOT EXISTS (SELECT 1 FROM replay_counts WHERE system_name = :system)")
                .bind("system", system.wireName())
                .execute();
          }
        });
  }

  /** Counts one replay by {@code system}, on {@code handle}. */
  public void increment(Handle handle, SystemName system) {
    handle
        .createUpdate("UPDATE replay_counts SET n = n + 1 WHERE system_name = :system")
        .bind("system", system.wireName())
        .execute();
  }

  /** Every system's count, in {@link SystemName} order. */
  public Map<String, Long> counts(Handle handle) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SystemName system : SystemName.values()) {
      counts.put(system.wireName(), 0L);
    }
    handle
        .createQuery("SELECT system_name, n FROM replay_counts")
        .map((rs, ctx) -> Map.entry(rs.getString("system_name"), rs.getLong("n")))
        .forEach(count -> counts.put(count.getKey(), count.getValue()));
    return counts;
  }
}
