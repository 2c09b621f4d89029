package dev.ordersaga.order;

import java.time.Instant;

/**
 * One step as the ledger shows it.
 *
 * @param attempts how many times the workflow ran the step or its undo (each run may itself be
 *     retried by its activity retry policy; those retries show in the pending activity)
 * @param lastFailure the last failure's type and message, or null
 * @param startedAt when the step first started, or null
 * @param finishedAt when the step (or its undo) last finished, or null
 */
public record StepEntry(
    Step step,
    StepState state,
    int attempts,
    String lastFailure,
    Instant startedAt,
    Instant finishedAt) {}
