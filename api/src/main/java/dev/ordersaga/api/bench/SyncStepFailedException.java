package dev.ordersaga.api.bench;

/** A downstream call of the synchronous baseline did not succeed; nothing is undone. */
public final class SyncStepFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SyncStepFailedException(String step, String detail) {
    super(step + " failed: " + detail);
  }

  public SyncStepFailedException(String step, Throwable cause) {
    super(step + " failed: " + cause, cause);
  }
}
