package dev.ordersaga.processes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One of the checkout's {@code scripts/install-*.sh}, which installs a program beside the stack
 * when it is missing (building it may take minutes of CPU the first time; the scripts' locks make a
 * concurrent run wait for the other) and prints where it is.
 */
public final class InstallScript {
  private static final Duration DEADLINE = Duration.ofMinutes(20);

  private InstallScript() {}

  /**
   * Runs {@code scripts/<name>} of the checkout at {@code root} and returns what it printed,
   * stripped: a path.
   *
   * @throws IllegalStateException with the script's last line of errors when it fails or takes over
   *     20 minutes
   */
  public static String run(Path root, String name) {
    Path script = root.resolve("scripts").resolve(name);
    try {
      Path errors = Files.createTempFile(name, ".log");
      Process install =
          new ProcessBuilder(script.toString()).redirectError(errors.toFile()).start();
      String printed = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!install.waitFor(DEADLINE.toMinutes(), TimeUnit.MINUTES)) {
        install.destroy();
        throw new IllegalStateException(script + " took over " + DEADLINE);
      }
      if (install.exitValue() != 0) {
        throw new IllegalStateException(
            script + " exited " + install.exitValue() + ": " + lastLine(errors));
      }
      return printed.strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + script + " ran", e);
    }
  }

  private static String lastLine(Path log) throws IOException {
    String text = Files.readString(log).strip();
    return text.substring(text.lastIndexOf('\n') + 1);
  }
}
