package dev.ordersaga.sandbox.idempotency;

import org.jdbi.v3.core.Handle;

/**
 * The effect of a mutating request. It runs inside the transaction that also records its answer, so
 * either both commit or neither does; it throws a {@link
 * dev.ordersaga.sandbox.problems.ProblemException} to refuse, which rolls its changes back. Work
 * that must follow the commit (scheduling, notifying) goes to {@link Handle#afterCommit}.
 */
@FunctionalInterface
public interface IdempotentAction {
  /** Applies the effect using {@code handle}'s open transaction. */
  Outcome apply(Handle handle);
}
