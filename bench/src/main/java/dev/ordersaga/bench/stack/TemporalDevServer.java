package dev.ordersaga.bench.stack;

import dev.ordersaga.processes.DevServerCommand;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real Temporal server ({@code temporal server start-dev}) on free ports with its own SQLite
 * file, started with the same search attributes as {@code make up}.
 */
public final class TemporalDevServer implements StackPart {
  private final int port = FreePorts.next();
  private final ManagedProcess process;
  private final WorkflowServiceStubs service;

  public TemporalDevServer(Path temporalBinary, Path dir, ServerTuning tuning) {
    List<String> command =
        new ArrayList<>(
            DevServerCommand.of(
                temporalBinary,
                port,
                dir.resolve("temporal.db"),
                tuning.sqlitePragmas(),
                tuning.dynamicConfig()));
    command.add("--headless");
    process =
        ManagedProcess.start(
            "temporal", command, Map.of("GOGC", tuning.gogc()), dir.resolve("temporal.log"));
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address()).build());
    Await.until(
        "the Temporal dev server on " + address(),
        Duration.ofSeconds(60),
        () -> {
          service.blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
          return true;
        });
  }

  public String address() {
    return "127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public WorkflowServiceStubs service() {
    return service;
  }

  public WorkflowClient client() {
    return WorkflowClient.newInstance(service);
  }

  /** How many workflow executions of {@code default} match a visibility {@code query}. */
  public long count(String query) {
    return service
        .blockingStub()
        .countWorkflowExecutions(
            CountWorkflowExecutionsRequest.newBuilder()
                .setNamespace("default")
                .setQuery(query)
                .build())
        .getCount();
  }

  @Override
  public void close() {
    service.shutdownNow();
    process.stop();
  }
}
