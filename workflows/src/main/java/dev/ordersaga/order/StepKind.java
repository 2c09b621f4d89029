package dev.ordersaga.order;

/**
 * What a step may do when the order cannot go on: the saga's rule, one value per step in {@link
 * Step}. Before the pivot everything done is undone; after it nothing is.
 */
public enum StepKind {
  /** Has an undo, run newest first when the order stops before the pivot. */
  COMPENSATABLE,
  /**
   * Asks a provider for a decision and changes nothing there (the fraud check): nothing to undo.
   * Runs before the pivot with the forward policy; its answer may stop the order.
   */
  READ_ONLY,
  /**
   * Waits for an outcome decided elsewhere (the payment result): a long, heartbeating poll whose
   * schedule-to-close is the window it may wait. Nothing to undo; its outcome decides.
   */
  AWAIT,
  /**
   * The point of no return (the shipment). A failure of the pivot itself is undone like a
   * compensatable step; once it has succeeded, no step is undone.
   */
  PIVOT,
  /**
   * After the pivot: retried with capped backoff until it succeeds; a failure that retries cannot
   * change parks the order in NEEDS_ATTENTION until an operator resumes it.
   */
  RETRIABLE,
  /**
   * After the pivot, like RETRIABLE never undone, but its failure is recorded and the order goes
   * on.
   */
  BEST_EFFORT;

  /** Whether the step has an undo. */
  public boolean hasUndo() {
    return this == COMPENSATABLE || this == PIVOT;
  }

  /** Whether the step runs after the pivot, where nothing is undone. */
  public boolean afterPivot() {
    return this == RETRIABLE || this == BEST_EFFORT;
  }

  /** Whether cancelling the step's activity takes effect at once: it changes nothing anywhere. */
  public boolean cancelsAtOnce() {
    return this == READ_ONLY || this == AWAIT;
  }
}
