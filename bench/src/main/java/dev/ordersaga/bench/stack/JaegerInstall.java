package dev.ordersaga.bench.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Jaeger's binary from the checkout's {@code scripts/install-jaeger.sh}: at once when built, else
 * built now when Go is there (minutes of CPU on the first run; the script's lock makes a concurrent
 * build wait for the other).
 */
public final class JaegerInstall {
  private static final Duration BUILD_DEADLINE = Duration.ofMinutes(20);

  private JaegerInstall() {}

  /**
   * The binary's path as the script prints it.
   *
   * @throws IllegalStateException with the script's last line of errors when it cannot be had
   */
  public static Path binary(Layout layout) {
    Path script = layout.root().resolve("scripts/install-jaeger.sh");
    try {
      Path errors = Files.createTempFile("install-jaeger", ".log");
      Process install =
          new ProcessBuilder(script.toString()).redirectError(errors.toFile()).start();
      String printed = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!install.waitFor(BUILD_DEADLINE.toMinutes(), TimeUnit.MINUTES)) {
        install.destroy();
        throw new IllegalStateException(script + " took over " + BUILD_DEADLINE);
      }
      if (install.exitValue() != 0) {
        throw new IllegalStateException(
            script + " exited " + install.exitValue() + ": " + lastLine(errors));
      }
      return Path.of(printed.strip());
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
