package dev.ordersaga.processes;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The real Temporal server ({@code temporal server start-dev}) on free ports with its own SQLite
 * file, so it can be stopped and started again on the same data. Like {@code make up}'s, it has the
 * order search attributes and workflow pause enabled ({@link DevServerCommand}); the Web UI runs
 * only when asked for.
 */
public final class TemporalDevServer implements TemporalEngine {
  private final int port = FreePorts.next();
  private final int uiPort;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private ManagedProcess process;
  private final FrontendStubs stubs;

  /** A headless server with {@link ServerTuning#DEFAULT}. */
  public TemporalDevServer(Path temporalBinary, Path dir) {
    this(temporalBinary, dir, false);
  }

  /** A server with the Web UI on a free port when {@code withUi}. */
  public TemporalDevServer(Path temporalBinary, Path dir, boolean withUi) {
    this(temporalBinary, dir, withUi, true, ServerTuning.DEFAULT, null);
  }

  /**
   * A server with the Web UI on a free port, decoding payloads through the codec server at {@code
   * codecEndpoint} (e.g. {@code http://127.0.0.1:41235}).
   */
  public TemporalDevServer(Path temporalBinary, Path dir, String codecEndpoint) {
    this(temporalBinary, dir, true, true, ServerTuning.DEFAULT, codecEndpoint);
  }

  /** A headless server tuned by {@code tuning}. */
  public TemporalDevServer(Path temporalBinary, Path dir, ServerTuning tuning) {
    this(temporalBinary, dir, false, true, tuning, null);
  }

  /**
   * A headless server whose port is chosen ({@link #address}) but which runs only once {@link
   * #start} is called: for processes that must cope with a server that is not there yet.
   */
  public static TemporalDevServer notYetStarted(Path temporalBinary, Path dir) {
    return new TemporalDevServer(temporalBinary, dir, false, false, ServerTuning.DEFAULT, null);
  }

  private TemporalDevServer(
      Path temporalBinary,
      Path dir,
      boolean withUi,
      boolean startNow,
      ServerTuning tuning,
      String codecEndpoint) {
    uiPort = withUi ? FreePorts.next() : 0;
    command =
        new ArrayList<>(
            DevServerCommand.of(
                temporalBinary,
                port,
                dir.resolve("temporal.db"),
                tuning.sqlitePragmas(),
                tuning.dynamicConfig()));
    if (withUi) {
      Collections.addAll(command, "--ui-port", String.valueOf(uiPort), "--ui-disable-news-fetch");
      if (codecEndpoint != null) {
        Collections.addAll(command, "--ui-codec-endpoint", codecEndpoint);
      }
    } else {
      command.add("--headless");
    }
    environment = Map.of("GOGC", tuning.gogc());
    log = dir.resolve("temporal.log");
    stubs = new FrontendStubs(address());
    if (startNow) {
      start();
    }
  }

  @Override
  public String address() {
    return "127.0.0.1:" + port;
  }

  /** The Web UI's base URL, e.g. {@code http://127.0.0.1:41234}. */
  @Override
  public String uiUrl() {
    if (uiPort == 0) {
      throw new IllegalStateException("this dev server runs headless, without the Web UI");
    }
    return "http://127.0.0.1:" + uiPort;
  }

  @Override
  public WorkflowServiceStubs service() {
    return stubs.get();
  }

  /** Starts the server (again, on the same SQLite file and port) and waits until it serves. */
  @Override
  public void start() {
    if (process == null) {
      process = ManagedProcess.start("temporal", command, environment, log);
    } else {
      process.start();
    }
    awaitServing();
  }

  /** SIGKILL by pid: the server gets no chance to finish anything. */
  @Override
  public void kill() {
    process.kill();
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public Map<String, Long> pids() {
    return Map.of("temporal", pid());
  }

  @Override
  public String kind() {
    return "dev-server";
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGTERM, then SIGKILL if it has not exited in time. */
  @Override
  public void stop() {
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
    stubs.close();
    stop();
  }
}
