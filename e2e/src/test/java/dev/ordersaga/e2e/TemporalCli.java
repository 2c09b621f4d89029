package dev.ordersaga.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stack's {@code temporal} CLI run with exactly the arguments given, against the stack's server
 * and with no codec unless the arguments name one; each run's output is kept in the stack's folder.
 */
final class TemporalCli {
  private static final long TIMEOUT_SECONDS = 60;

  private final Stack stack;
  private final AtomicInteger runs = new AtomicInteger();

  TemporalCli(Stack stack) {
    this.stack = stack;
  }

  /** What the CLI printed, stdout and stderr together, and its exit status. */
  record Result(int exit, String output) {}

  /** {@code temporal workflow show -w WORKFLOW_ID --output json}, with {@code options} added. */
  Result showHistory(String workflowId, String... options) {
    List<String> arguments =
        new ArrayList<>(List.of("workflow", "show", "-w", workflowId, "--output", "json"));
    arguments.addAll(List.of(options));
    return run(arguments.toArray(String[]::new));
  }

  Result run(String... arguments) {
    List<String> command = new ArrayList<>(List.of(stack.temporalBinary.toString()));
    command.addAll(List.of(arguments));
    command.addAll(List.of("--address", stack.temporal.address(), "--namespace", "default"));
    Path output = stack.dir.resolve("cli-" + runs.incrementAndGet() + ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("TEMPORAL_"));
    try {
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("temporal " + List.of(arguments) + " ran over a minute");
      }
      return new Result(process.exitValue(), Files.readString(output));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run temporal " + List.of(arguments), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running temporal", e);
    }
  }
}
