package dev.ordersaga.bench.baseline;

/** A step of the synchronous baseline did not succeed; nothing is undone. */
public final class SyncStepFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SyncStepFailedException(String step, String detail) {
    super(step + " failed: " + detail);
  }
}
