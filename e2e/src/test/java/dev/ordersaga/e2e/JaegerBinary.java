package dev.ordersaga.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Jaeger binary of the trace tests, from {@code scripts/install-jaeger.sh}: at once when built,
 * after the build when {@code make test} started it in the background (the script waits on its
 * lock), built now when Go is there. Without Go the calling test is skipped, saying so.
 */
final class JaegerBinary {
  private JaegerBinary() {}

  static Path installed() {
    Path root = Stack.property("e2e.root");
    try {
      Path log = Files.createTempFile("install-jaeger", ".log");
      Process install =
          new ProcessBuilder(root.resolve("scripts/install-jaeger.sh").toString())
              .redirectError(log.toFile())
              .start();
      String out = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean done = install.waitFor(20, TimeUnit.MINUTES);
      assumeTrue(
          done && install.exitValue() == 0,
          () -> "no trace store, so the trace tests are skipped: " + tail(log));
      return Path.of(out.strip());
    } catch (IOException e) {
      throw new IllegalStateException("cannot run scripts/install-jaeger.sh", e);
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
