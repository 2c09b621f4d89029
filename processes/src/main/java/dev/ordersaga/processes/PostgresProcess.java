package dev.ordersaga.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A private PostgreSQL cluster for Temporal: its data under {@code dir/postgres} (created by {@code
 * initdb} on first start, kept across stops), listening on 127.0.0.1 only, superuser {@code
 * temporal} with {@link #PASSWORD}. PostgreSQL refuses to run as root, so under root every program
 * runs as the {@code postgres} system user ({@code setpriv}, which execs: the pid is PostgreSQL's).
 */
public final class PostgresProcess implements StackPart {
  /** The superuser's name. */
  public static final String USER = "temporal";

  /** The superuser's password: the cluster listens on loopback only. */
  public static final String PASSWORD = "temporal-local";

  private final Path bin;
  private final Path home;
  private final Path data;
  private final int port;
  private ManagedProcess process;

  /**
   * @param bin the directory of {@code initdb}, {@code postgres} and {@code pg_ctl} (printed by
   *     {@code scripts/postgres-bin.sh})
   */
  public PostgresProcess(Path bin, Path dir, int port) {
    this.bin = bin;
    this.home = dir.resolve("postgres");
    this.data = home.resolve("data");
    this.port = port;
  }

  public int port() {
    return port;
  }

  /** Initialises the data folder when it has none, starts PostgreSQL and waits until it accepts. */
  public void start() {
    if (!Files.isDirectory(data)) {
      initdb();
    }
    List<String> command =
        asOwner(
            bin.resolve("postgres").toString(),
            "-D",
            data.toString(),
            "-p",
            String.valueOf(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories=" + home,
            "-c",
            "max_connections=200");
    if (process == null) {
      process = ManagedProcess.start("postgres", command, Map.of(), home.resolve("postgres.log"));
    } else {
      process.start();
    }
    Await.until(
        "PostgreSQL on 127.0.0.1:" + port,
        Duration.ofSeconds(60),
        () -> FreePorts.isListening(port));
  }

  /**
   * A fast shutdown ({@code pg_ctl stop -m fast}: open sessions are ended, committed work is kept),
   * then SIGKILL if it has not exited in time.
   */
  public void stop() {
    if (process != null && process.isAlive()) {
      run(asOwner(bin.resolve("pg_ctl").toString(), "stop", "-m", "fast", "-D", data.toString()));
      process.stop();
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  private void initdb() {
    try {
      Files.createDirectories(home);
      Path passwordFile = home.resolve("password");
      Files.writeString(passwordFile, PASSWORD + "\n");
      chownToOwner(home);
      run(
          asOwner(
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              USER,
              "--pwfile=" + passwordFile,
              "-A",
              "scram-sha-256",
              "-E",
              "UTF8",
              "--no-sync"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void run(List<String> command) {
    Commands.run(String.join(" ", command), command, Map.of(), home.resolve("ctl.log"));
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private void chownToOwner(Path path) {
    if (runningAsRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", path.toString()));
    }
  }

  private static List<String> asOwner(String... command) {
    List<String> full = new ArrayList<>();
    if (runningAsRoot()) {
      full.addAll(
          List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"));
    }
    full.addAll(List.of(command));
    return full;
  }

  @Override
  public void close() {
    stop();
  }
}
