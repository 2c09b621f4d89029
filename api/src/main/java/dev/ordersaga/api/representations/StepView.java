package dev.ordersaga.api.representations;

import dev.ordersaga.order.StepEntry;
import java.time.Instant;

/** One step of the ledger: e.g. {@code reserve-stock DONE after 1 attempt}. */
public record StepView(
    String step,
    String state,
    int attempts,
    String lastError,
    Instant startedAt,
    Instant finishedAt) {

  public static StepView of(StepEntry entry) {
    return new StepView(
        entry.step().key(),
        entry.state().name(),
        entry.attempts(),
        entry.lastFailure(),
        entry.startedAt(),
        entry.finishedAt());
  }
}
