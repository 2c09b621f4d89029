package dev.ordersaga.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A program the end-to-end tests start beside the stack, from the project's install script: at once
 * when installed, after the build when {@code make test} started it in the background (the script
 * waits on its lock), installed now when the machine can. When the script cannot, the calling test
 * is skipped, saying why.
 */
final class InstalledTool {
  private InstalledTool() {}

  /** Jaeger, the trace store ({@code scripts/install-jaeger.sh} prints the binary). */
  static Path jaeger() {
    return Path.of(install("install-jaeger.sh", "no trace store, so the trace tests are skipped"));
  }

  /**
   * Prometheus ({@code scripts/install-prometheus.sh} prints the directory of {@code prometheus}
   * and {@code promtool}).
   */
  static Path prometheus() {
    return Path.of(
            install("install-prometheus.sh", "no Prometheus, so the alert tests are skipped"))
        .resolve("prometheus");
  }

  private static String install(String script, String withoutIt) {
    Path root = Stack.property("e2e.root");
    try {
      Path log = Files.createTempFile(script, ".log");
      Process install =
          new ProcessBuilder(root.resolve("scripts").resolve(script).toString())
              .redirectError(log.toFile())
              .start();
      String out = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean done = install.waitFor(20, TimeUnit.MINUTES);
      assumeTrue(done && install.exitValue() == 0, () -> withoutIt + ": " + tail(log));
      return out.strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run scripts/" + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log).strip();
      return text.substring(text.lastIndexOf('\n') + 1);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
