package dev.ordersaga.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Short-lived commands the harness runs to completion: set-up scripts, {@code pg_ctl}. */
final class Commands {
  private Commands() {}

  /**
   * Runs {@code command} with {@code environment} added, its output appended to {@code log}.
   *
   * @throws IllegalStateException naming {@code what} and the log when it exits non-zero
   */
  static void run(String what, List<String> command, Map<String, String> environment, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    await(what + " (see " + log + ")", start(builder));
  }

  /**
   * Runs the script {@code root/script} in {@code root} and returns what it printed, stripped; its
   * errors go to this process's.
   *
   * @throws IllegalStateException when it exits non-zero
   */
  static String output(Path root, String script) {
    Process process =
        start(
            new ProcessBuilder(root.resolve(script).toString())
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT));
    try {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      await(script, process);
      return out.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Process start(ProcessBuilder builder) {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + builder.command(), e);
    }
  }

  private static void await(String what, Process process) {
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException(what + " failed (exit " + process.exitValue() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
