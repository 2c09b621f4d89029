package dev.ordersaga.worker;

import java.util.Set;

/** The worker's command line: {@code [--queues LIST] [--config FILE]}. */
record WorkerArguments(Set<String> queues, String configFile) {

  /**
   * @throws IllegalArgumentException naming an unknown option or queue
   */
  static WorkerArguments parse(String[] args) {
    String queues = null;
    String config = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--queues") && i + 1 < args.length) {
        queues = args[++i];
      } else if (arg.startsWith("--queues=")) {
        queues = arg.substring("--queues=".length());
      } else if (arg.equals("--config") && i + 1 < args.length) {
        config = args[++i];
      } else if (arg.startsWith("--config=")) {
        config = arg.substring("--config=".length());
      } else {
        throw new IllegalArgumentException(
            "unknown argument: " + arg + "; usage: worker [--queues q1,q2|all] [--config FILE]");
      }
    }
    return new WorkerArguments(QueueSelection.parse(queues), config);
  }
}
