package dev.ordersaga.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** What a command the tests ran printed, stdout and stderr together, and its exit status. */
record CommandOutput(int exit, String output) {

  /**
   * Runs {@code builder}'s command to its end with no input, what it prints kept in the file {@code
   * log}.
   *
   * @param what the command as failures name it
   * @throws AssertionError when it runs longer than {@code timeout} (it is then killed), or this
   *     thread is interrupted while it runs
   */
  static CommandOutput run(ProcessBuilder builder, Path log, Duration timeout, String what) {
    builder
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(what + " ran over " + timeout.toSeconds() + " s");
      }
      return new CommandOutput(process.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + what, e);
    }
  }
}
