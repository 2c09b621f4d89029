package dev.ordersaga.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium}, headless, one short-lived process per page: each with its own empty
 * profile, no network of its own (no background fetches, updates or sync), and a virtual-time
 * budget so the page's scripts have rendered before it is captured.
 */
final class HeadlessChromium {
  private static final Duration RENDER_BUDGET = Duration.ofSeconds(15);
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final Path binary;
  private final Path workDir;

  HeadlessChromium(Path workDir) {
    this.binary = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    this.workDir = workDir;
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "no chromium at " + binary + ": apt-get install -y chromium (CI: .ci/run does)");
    }
  }

  /** Saves a 1400×1000 PNG of {@code url} to {@code png}. */
  void screenshot(String url, Path png) {
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run(
        "screenshot",
        List.of("--window-size=1400,1000", "--screenshot=" + png.toAbsolutePath(), url));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("chromium wrote no screenshot of " + url + " to " + png);
    }
  }

  /** The DOM of {@code url} once its scripts have rendered it. */
  String dumpDom(String url) {
    Path out = run("dom", List.of("--dump-dom", url));
    try {
      return Files.readString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path run(String name, List<String> arguments) {
    try {
      Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
      Path out = Files.createTempFile(workDir, "chromium-" + name + "-", ".out");
      List<String> command = new ArrayList<>();
      command.addAll(
          List.of(
              binary.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-background-networking",
              "--disable-quic",
              "--no-first-run",
              "--disable-component-update",
              "--disable-sync",
              "--user-data-dir=" + profile,
              "--virtual-time-budget=" + RENDER_BUDGET.toMillis()));
      command.addAll(arguments);
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(workDir.resolve("chromium-" + name + ".log").toFile())
              .start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium did not finish " + arguments + " within " + TIMEOUT);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run chromium " + arguments, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running chromium", e);
    }
  }
}
