package dev.ordersaga.e2e;

import dev.ordersaga.processes.DevServerCommand;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The real Temporal server ({@code temporal server start-dev}) on free ports with its own SQLite
 * file, so it can be stopped and started again on the same data. Like {@code make up}'s, it has the
 * order search attributes and workflow pause enabled; the Web UI runs only when asked for.
 */
final class TemporalDevServer implements StackPart {
  private final int port = FreePorts.next();
  private final int uiPort;
  private final List<String> command;
  private final Path log;
  private ManagedProcess process;
  private WorkflowServiceStubs service;

  /** A headless server: no Web UI. */
  TemporalDevServer(Path temporalBinary, Path dir) {
    this(temporalBinary, dir, false);
  }

  /** A server with the Web UI on a free port when {@code withUi}. */
  TemporalDevServer(Path temporalBinary, Path dir, boolean withUi) {
    this(temporalBinary, dir, withUi, true);
  }

  /**
   * A headless server whose port is chosen ({@link #address}) but which runs only once {@link
   * #start} is called: for processes that must cope with a server that is not there yet.
   */
  static TemporalDevServer notYetStarted(Path temporalBinary, Path dir) {
    return new TemporalDevServer(temporalBinary, dir, false, false);
  }

  private TemporalDevServer(Path temporalBinary, Path dir, boolean withUi, boolean startNow) {
    uiPort = withUi ? FreePorts.next() : 0;
    command =
        new ArrayList<>(
            DevServerCommand.of(
                temporalBinary,
                port,
                dir.resolve("temporal.db"),
                List.of("journal_mode=wal", "synchronous=normal")));
    if (withUi) {
      Collections.addAll(command, "--ui-port", String.valueOf(uiPort), "--ui-disable-news-fetch");
    } else {
      command.add("--headless");
    }
    log = dir.resolve("temporal.log");
    if (startNow) {
      start();
    }
  }

  String address() {
    return "127.0.0.1:" + port;
  }

  /** The Web UI's base URL, e.g. {@code http://127.0.0.1:41234}. */
  String uiUrl() {
    if (uiPort == 0) {
      throw new IllegalStateException("this dev server runs headless, without the Web UI");
    }
    return "http://127.0.0.1:" + uiPort;
  }

  WorkflowClient client() {
    return WorkflowClient.newInstance(service());
  }

  WorkflowServiceStubs service() {
    if (service == null) {
      service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(address()).build());
    }
    return service;
  }

  /** Stops the server (SIGTERM) and starts it again on the same SQLite file and port. */
  void restart() {
    stop();
    start();
  }

  /** Starts the server (again, on the same SQLite file and port) and waits until it serves. */
  void start() {
    if (process == null) {
      process = ManagedProcess.start("temporal", command, Map.of(), log);
    } else {
      process.start();
    }
    awaitServing();
  }

  /** SIGKILL by pid: the server gets no chance to finish anything. */
  void kill() {
    process.kill();
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGTERM, then SIGKILL if it has not exited in time. */
  void stop() {
    if (process != null) {
      process.stop();
    }
  }

  private void awaitServing() {
    Await.until(
        "the Temporal dev server on " + address(),
        Duration.ofSeconds(60),
        () -> {
          service().blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
          return true;
        });
  }

  @Override
  public void close() {
    if (service != null) {
      service.shutdownNow();
    }
    stop();
  }
}
