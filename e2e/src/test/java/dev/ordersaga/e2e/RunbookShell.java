package dev.ordersaga.e2e;

import dev.ordersaga.processes.CodecServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs runbook blocks with {@code bash -eo pipefail} against one stack's Temporal server: the
 * stack's {@code temporal} binary first on {@code PATH} and {@code TEMPORAL_ADDRESS} set to the
 * server, which the CLI reads as its {@code --address}, and the stack's codec server as its {@code
 * --codec-endpoint} with the operator token ({@code TEMPORAL_CODEC_ENDPOINT}, {@code
 * TEMPORAL_CODEC_AUTH}), as an operator's shell has them. Each run's output is kept in the stack's
 * folder.
 */
final class RunbookShell {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Runbook runbook = Runbook.read();
  private final Stack stack;
  private final AtomicInteger runs = new AtomicInteger();

  RunbookShell(Stack stack) {
    this.stack = stack;
  }

  /**
   * Runs block {@code id} with {@code variables} (e.g. {@code ORDER_ID}) in its environment.
   *
   * @return what it printed, stdout and stderr together
   * @throws AssertionError when it exits non-zero or runs longer than two minutes
   */
  String run(String id, Map<String, String> variables) {
    return run(id, variables, Path.of("").toAbsolutePath());
  }

  /**
   * Runs block {@code id} with {@code variables} in {@code directory}, as an operator runs a block
   * that reads the files of a checkout ({@code .data/logs/}) from its root.
   *
   * @return what it printed, stdout and stderr together
   * @throws AssertionError when it exits non-zero or runs longer than two minutes
   */
  String run(String id, Map<String, String> variables, Path directory) {
    return runScript(id, runbook.block(id), variables, directory);
  }

  /**
   * Runs {@code script}, e.g. a repair command the API printed, as a block named {@code name} is
   * run, in the working directory.
   *
   * @throws AssertionError when it exits non-zero or runs longer than two minutes
   */
  String runScript(String name, String script, Map<String, String> variables) {
    return runScript(name, script, variables, Path.of("").toAbsolutePath());
  }

  private String runScript(
      String name, String script, Map<String, String> variables, Path directory) {
    ProcessBuilder builder =
        new ProcessBuilder(List.of("bash", "-eo", "pipefail", "-c", script))
            .directory(directory.toFile());
    Map<String, String> env = builder.environment();
    env.putAll(variables);
    env.put("PATH", stack.temporalBinary.getParent() + ":" + env.get("PATH"));
    env.put("TEMPORAL_ADDRESS", stack.temporal.address());
    env.put("TEMPORAL_NAMESPACE", "default");
    env.put("TEMPORAL_CODEC_ENDPOINT", stack.codecServer.url());
    env.put("TEMPORAL_CODEC_AUTH", CodecServerProcess.authorization());
    CommandOutput ran =
        CommandOutput.run(
            builder,
            stack.dir.resolve("runbook-" + runs.incrementAndGet() + "-" + name + ".txt"),
            TIMEOUT,
            "runbook block " + name);
    if (ran.exit() != 0) {
      throw new AssertionError(
          "runbook block "
              + name
              + " exited "
              + ran.exit()
              + "\n--- script\n"
              + script
              + "--- output\n"
              + ran.output());
    }
    return ran.output();
  }

  /** Runs block {@code id} for one order: {@code ORDER_ID} set to {@code orderId}. */
  String runForOrder(String id, String orderId) {
    return run(id, Map.of("ORDER_ID", orderId));
  }
}
