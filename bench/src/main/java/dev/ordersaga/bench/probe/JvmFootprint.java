package dev.ordersaga.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap after a full GC and platform threads of a JVM, read with {@code jcmd} ({@code GC.run}, then
 * {@code GC.heap_info}) and {@code /proc/{pid}/status}.
 */
public final class JvmFootprint {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Path jcmd;

  /** The footprint of one JVM: heap used after GC in MB, OS threads. */
  public record Sample(double heapMb, int threads) {}

  public JvmFootprint(Path javaHome) {
    this.jcmd = javaHome.resolve("bin").resolve("jcmd");
  }

  /**
   * @throws IllegalStateException when jcmd cannot attach or its answer has no heap line
   */
  public Sample of(long pid) {
    run(pid, "GC.run");
    String info = run(pid, "GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("no heap usage in jcmd GC.heap_info of " + pid + ": " + info);
    }
    double heapMb = Math.round(Long.parseLong(used.group(1)) / 1024.0 * 10) / 10.0;
    return new Sample(heapMb, ProcessCpu.threads(pid));
  }

  private String run(long pid, String command) {
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run jcmd " + pid + " " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
