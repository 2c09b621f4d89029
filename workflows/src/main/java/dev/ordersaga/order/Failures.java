package dev.ordersaga.order;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TimeoutFailure;

/** Turns a failure chain into the one line the ledger shows: {@code Type: message}. */
final class Failures {
  private Failures() {}

  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return switch (root) {
      case ApplicationFailure app -> app.getType() + ": " + app.getOriginalMessage();
      case TimeoutFailure timeout -> "Timeout: " + timeout.getTimeoutType();
      case CanceledFailure canceled -> "Cancelled";
      default -> root.getClass().getSimpleName() + ": " + root.getMessage();
    };
  }

  /** Whether a business type named {@code type} sits anywhere in the chain. */
  static boolean hasType(Throwable failure, String type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure app && type.equals(app.getType())) {
        return true;
      }
    }
    return false;
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
