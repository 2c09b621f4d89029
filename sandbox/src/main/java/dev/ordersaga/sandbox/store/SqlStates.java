package dev.ordersaga.sandbox.store;

import java.sql.SQLException;

/** Portable SQLSTATE checks (H2 and PostgreSQL agree on these). */
public final class SqlStates {
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlStates() {}

  /** Whether {@code failure} or one of its causes is a unique-constraint violation. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
