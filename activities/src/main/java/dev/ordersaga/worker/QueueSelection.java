package dev.ordersaga.worker;

import dev.ordersaga.order.TaskQueues;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which task queues one worker process polls: {@code --queues orders,inventory} or all. */
final class QueueSelection {
  private QueueSelection() {}

  /**
   * @param spec comma-separated queue names, or {@code all}
   * @throws IllegalArgumentException naming an unknown queue
   */
  static Set<String> parse(String spec) {
    if (spec == null || spec.isBlank() || spec.trim().equals("all")) {
      return new LinkedHashSet<>(TaskQueues.ALL);
    }
    List<String> names =
        Arrays.stream(spec.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String name : names) {
      if (!TaskQueues.ALL.contains(name)) {
        throw new IllegalArgumentException(
            "unknown task queue: " + name + "; known: " + String.join(",", TaskQueues.ALL));
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--queues names no queue: '" + spec + "'");
    }
    return new LinkedHashSet<>(names);
  }
}
