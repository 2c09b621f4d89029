package dev.ordersaga.bench;

import dev.ordersaga.bench.stack.BenchStack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the numbers were measured on: machine, JVM, the dev server's SQLite settings. */
final class Environment {
  private Environment() {}

  static Map<String, Object> describe(BenchStack stack, BenchSettings settings) {
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("cores", Runtime.getRuntime().availableProcessors());
    environment.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    environment.put("sqliteJournalMode", journalMode(stack.dir().resolve("temporal.db")));
    environment.put(
        "sqlitePragmas",
        settings.sqlitePragmas().isEmpty() ? "dev-server defaults" : settings.sqlitePragmas());
    environment.put("serverDynamicConfig", settings.serverDynamicConfig());
    environment.put("serverGogc", settings.serverGogc());
    environment.put(
        "workerProcesses",
        "3 saga JVMs ("
            + BenchStack.workerSplit()
            + "), config/worker.yml; the floor: 3 JVMs, same split and pool sizes");
    return environment;
  }

  /** How the dev server persists in this run, for the engines table. */
  static String devServerPersistence(BenchSettings settings) {
    return "SQLite file, pragmas "
        + (settings.sqlitePragmas().isEmpty()
            ? "dev-server defaults"
            : String.join(",", settings.sqlitePragmas()))
        + "; 1 history shard; one process, GOGC="
        + settings.serverGogc();
  }

  /**
   * The journal mode a SQLite file is in, from its header (bytes 18-19: 1 rollback journal, 2 WAL).
   */
  static String journalMode(Path db) {
    try (InputStream in = Files.newInputStream(db)) {
      byte[] header = in.readNBytes(20);
      if (header.length < 20) {
        return "unknown (short file)";
      }
      return switch (header[18]) {
        case 1 -> "rollback journal (DELETE family), not WAL";
        case 2 -> "WAL";
        default -> "unknown (header byte " + header[18] + ")";
      };
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
