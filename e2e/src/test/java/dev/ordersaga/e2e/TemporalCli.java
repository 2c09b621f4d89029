package dev.ordersaga.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stack's {@code temporal} CLI run with exactly the arguments given, against the stack's server
 * and with no codec unless the arguments name one; each run's output is kept in the stack's folder.
 */
final class TemporalCli {
  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private final Stack stack;
  private final AtomicInteger runs = new AtomicInteger();

  TemporalCli(Stack stack) {
    this.stack = stack;
  }

  /** {@code temporal workflow show -w WORKFLOW_ID --output json}, with {@code options} added. */
  CommandOutput showHistory(String workflowId, String... options) {
    List<String> arguments =
        new ArrayList<>(List.of("workflow", "show", "-w", workflowId, "--output", "json"));
    arguments.addAll(List.of(options));
    return run(arguments.toArray(String[]::new));
  }

  CommandOutput run(String... arguments) {
    List<String> command = new ArrayList<>(List.of(stack.temporalBinary.toString()));
    command.addAll(List.of(arguments));
    command.addAll(List.of("--address", stack.temporal.address(), "--namespace", "default"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("TEMPORAL_"));
    return CommandOutput.run(
        builder,
        stack.dir.resolve("cli-" + runs.incrementAndGet() + ".txt"),
        TIMEOUT,
        "temporal " + List.of(arguments));
  }
}
