package dev.ordersaga.e2e;

import dev.ordersaga.processes.CodecServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
  private static final long TIMEOUT_SECONDS = 120;

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
    String script = runbook.block(id);
    Path output = stack.dir.resolve("runbook-" + runs.incrementAndGet() + "-" + id + ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(List.of("bash", "-eo", "pipefail", "-c", script))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Map<String, String> env = builder.environment();
    env.putAll(variables);
    env.put("PATH", stack.temporalBinary.getParent() + ":" + env.get("PATH"));
    env.put("TEMPORAL_ADDRESS", stack.temporal.address());
    env.put("TEMPORAL_NAMESPACE", "default");
    env.put("TEMPORAL_CODEC_ENDPOINT", stack.codecServer.url());
    env.put("TEMPORAL_CODEC_AUTH", CodecServerProcess.authorization());
    try {
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("runbook block " + id + " ran over " + TIMEOUT_SECONDS + " s");
      }
      String printed = Files.readString(output);
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "runbook block "
                + id
                + " exited "
                + process.exitValue()
                + "\n--- script\n"
                + script
                + "--- output\n"
                + printed);
      }
      return printed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run runbook block " + id, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running runbook block " + id, e);
    }
  }

  /** Runs block {@code id} for one order: {@code ORDER_ID} set to {@code orderId}. */
  String runForOrder(String id, String orderId) {
    return run(id, Map.of("ORDER_ID", orderId));
  }
}
