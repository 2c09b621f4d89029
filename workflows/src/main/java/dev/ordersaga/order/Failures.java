package dev.ordersaga.order;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TimeoutFailure;

/** Turns a failure chain into the one line the ledger shows: {@code Type: message}. */
final class Failures {
  private Failures() {}

  /** The outermost meaningful failure in the chain; a timeout adds the last attempt's failure. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      switch (t) {
        case ApplicationFailure app -> {
          return app.getType() + ": " + app.getOriginalMessage();
        }
        case TimeoutFailure timeout -> {
          String last = timeout.getCause() == null ? "" : " after " + describe(timeout.getCause());
          return "Timeout: " + timeout.getTimeoutType() + last;
        }
        case CanceledFailure canceled -> {
          return "Cancelled";
        }
        default -> {}
      }
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  /** Whether a timeout sits anywhere in the chain. */
  static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutFailure) {
        return true;
      }
    }
    return false;
  }
}
