package dev.ordersaga.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One OS process a test or the benchmark started: its pid, its log file, and ways to stop or kill
 * it.
 */
public final class ManagedProcess implements AutoCloseable {
  private static final Set<ManagedProcess> ALIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> ALIVE.forEach(p -> p.process.destroyForcibly())));
  }

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;

  private ManagedProcess(
      String name, List<String> command, Map<String, String> environment, Path log) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.log = log;
  }

  /** Starts {@code command} with {@code environment} added, output appended to {@code log}. */
  public static ManagedProcess start(
      String name, List<String> command, Map<String, String> environment, Path log) {
    ManagedProcess managed = new ManagedProcess(name, command, environment, log);
    managed.start();
    return managed;
  }

  /** Starts the same command again (after {@link #kill} or {@link #stop}). */
  public void start() {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      process = builder.start();
      ALIVE.add(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: the process gets no chance to finish anything. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(10));
    ALIVE.remove(this);
  }

  /** SIGTERM, then SIGKILL if it has not exited in time. */
  public void stop() {
    if (!isAlive()) {
      return;
    }
    process.destroy();
    if (!waitForExit(Duration.ofSeconds(20))) {
      kill();
    }
    ALIVE.remove(this);
  }

  public Path log() {
    return log;
  }

  public String name() {
    return name;
  }

  private boolean waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
