package dev.ordersaga.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordersaga.processes.InstallScript;
import java.nio.file.Path;

/**
 * A program the end-to-end tests start beside the stack, from the project's install script ({@link
 * InstallScript}): at once when installed, after the build when {@code make test} started it in the
 * background, installed now when the machine can. When the script cannot, the calling test is
 * skipped, saying why.
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
    try {
      return InstallScript.run(Stack.property("e2e.root"), script);
    } catch (IllegalStateException e) {
      assumeTrue(false, () -> withoutIt + ": " + e.getMessage());
      throw e;
    }
  }
}
