package dev.ordersaga.sandbox.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * An append-only log of effects that really happened, written in the effect's own transaction so a
 * rolled-back or replayed request never counts.
 */
public final class EffectLog {
  /** Logs one occurrence of {@code effect} for {@code orderId}. */
  public void record(Handle handle, String orderId, Effect effect) {
    handle
        .createUpdate(
            "INSERT INTO effect_log (order_id, effect, occurred_at) VALUES (:orderId, :effect, :at)")
        .bind("orderId", orderId)
        .bind("effect", effect.wireName())
        .bind("at", System.currentTimeMillis())
        .execute();
  }

  /** Per order (sorted), every known effect's count, zero included. */
  public Map<String, Map<String, Long>> counts(Handle handle) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    handle
        .createQuery(
            "SELECT order_id, effect, COUNT(*) AS n FROM effect_log GROUP BY order_id, effect")
        .map(
            (rs, ctx) ->
                new Count(rs.getString("order_id"), rs.getString("effect"), rs.getLong("n")))
        .forEach(
            count ->
                counts
                    .computeIfAbsent(count.orderId(), id -> zeros())
                    .put(count.effect(), count.n()));
    return counts;
  }

  private record Count(String orderId, String effect, long n) {}

  private static Map<String, Long> zeros() {
    Map<String, Long> zeros = new LinkedHashMap<>();
    for (Effect effect : Effect.values()) {
      zeros.put(effect.wireName(), 0L);
    }
    return zeros;
  }
}
