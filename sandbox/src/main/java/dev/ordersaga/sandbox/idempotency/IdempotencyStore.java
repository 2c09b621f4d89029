package dev.ordersaga.sandbox.idempotency;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The table of recorded answers, one row per (scope, key). The primary key makes a second recording
 * of the same key fail, which is what keeps effects single even across processes.
 */
public final class IdempotencyStore {
  /** The answer recorded for {@code key} in {@code scope}, if any. */
  public Optional<RecordedResponse> find(Handle handle, String scope, String key) {
    return handle
        .createQuery(
            "SELECT request_hash, status, content_type, body FROM idempotency_keys"
                + " WHERE scope = :scope AND idem_key = :key")
        .bind("scope", scope)
        .bind("key", key)
        .map(
            (rs, ctx) ->
                new RecordedResponse(
                    rs.getString("request_hash"),
                    rs.getInt("status"),
                    rs.getString("content_type"),
                    rs.getString("body")))
        .findOne();
  }

  /** Records {@code response} for {@code key}; fails with a unique violation when one exists. */
  public void insert(Handle handle, String scope, String key, RecordedResponse response) {
    handle
        .createUpdate(
            "INSERT INTO idempotency_keys"
                + " (scope, idem_key, request_hash, status, content_type, body, created_at)"
                + " VALUES (:scope, :key, :hash, :status, :contentType, :body, :createdAt)")
        .bind("scope", scope)
        .bind("key", key)
        .bind("hash", response.requestHash())
        .bind("status", response.status())
        .bind("contentType", response.contentType())
        .bind("body", response.body())
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }
}
