package dev.ordersaga.e2e;

import dev.ordersaga.processes.StackPart;
import java.util.ArrayList;
import java.util.List;

/** The parts of a stack started so far, stopped together newest first. */
final class StartedParts implements AutoCloseable {
  private final List<StackPart> parts = new ArrayList<>();

  /** Keeps {@code part} to be stopped with the others, and answers it. */
  <T extends StackPart> T add(T part) {
    parts.add(0, part);
    return part;
  }

  /**
   * Stops every part, newest first, even when one of them fails to stop.
   *
   * @throws RuntimeException the first failure to stop, once every part was tried
   */
  @Override
  public void close() {
    RuntimeException first = null;
    for (StackPart part : parts) {
      try {
        part.close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
