package dev.ordersaga.sandbox.problems;

import java.io.Serial;

/** A request failure that is answered with its {@link Problem}; see {@link Problems}. */
public final class ProblemException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  /** A failure answered with {@code problem}. */
  public ProblemException(Problem problem) {
    super(problem.code() + ": " + problem.detail());
    this.problem = problem;
  }

  /** The body and status to answer with. */
  public Problem problem() {
    return problem;
  }
}
