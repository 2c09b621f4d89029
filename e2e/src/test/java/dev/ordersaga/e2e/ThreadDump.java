package dev.ordersaga.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The threads of a running JVM, virtual ones included, read with {@code jcmd Thread.dump_to_file
 * -format=json}.
 */
final class ThreadDump {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode dump;

  private ThreadDump(JsonNode dump) {
    this.dump = dump;
  }

  /**
   * Dumps the threads of the JVM {@code pid} into {@code dir}.
   *
   * @throws IllegalStateException when jcmd cannot attach or write the dump
   */
  static ThreadDump of(long pid, Path dir) {
    Path jcmd = Stack.JAVA.resolveSibling("jcmd");
    Path file = dir.resolve("threads-" + pid + "-" + System.nanoTime() + ".json");
    try {
      Process process =
          new ProcessBuilder(
                  jcmd.toString(),
                  String.valueOf(pid),
                  "Thread.dump_to_file",
                  "-format=json",
                  file.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " Thread.dump_to_file failed: " + out);
      }
      return new ThreadDump(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot dump the threads of " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      file.toFile().deleteOnExit();
    }
  }

  /** The threads, platform or virtual, with a frame whose text contains one of {@code frames}. */
  long threadsIn(String... frames) {
    long count = 0;
    for (JsonNode container : dump.path("threadDump").path("threadContainers")) {
      for (JsonNode thread : container.path("threads")) {
        for (JsonNode line : thread.path("stack")) {
          if (Arrays.stream(frames).anyMatch(line.asText()::contains)) {
            count++;
            break;
          }
        }
      }
    }
    return count;
  }

  /** Every thread, platform or virtual. */
  long threads() {
    long count = 0;
    for (JsonNode container : dump.path("threadDump").path("threadContainers")) {
      count += container.path("threads").size();
    }
    return count;
  }
}
