package dev.ordersaga.processes;

import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Map;

/**
 * The Temporal service a stack runs on: the dev server ({@link TemporalDevServer}) or the cluster
 * of separate services on PostgreSQL ({@link TemporalCluster}). Either serves namespace {@code
 * default} with the order search attributes and workflow pause enabled.
 */
public interface TemporalEngine extends StackPart {
  /** The frontend's {@code host:port}. */
  String address();

  /** The frontend's gRPC stubs (created once, closed by {@link #close}). */
  WorkflowServiceStubs service();

  /**
   * Starts every process of the engine (again, on the same data and ports) and waits until it
   * serves.
   */
  void start();

  /** Stops every process of the engine (SIGTERM, then SIGKILL if it has not exited in time). */
  void stop();

  /** SIGKILLs every process of the engine that serves Temporal's API (not its database). */
  void kill();

  /** {@link #stop}, then {@link #start}. */
  default void restart() {
    stop();
    start();
  }

  /** The pids of the engine's processes by name (e.g. {@code temporal}, {@code history}). */
  Map<String, Long> pids();

  /** The Web UI's base URL; throws when this engine runs without one. */
  String uiUrl();

  /** A short name for reports: {@code dev-server} or {@code cluster}. */
  String kind();

  /**
   * A client of {@code default} that encrypts payloads with the stack's key ({@link StackCodec}).
   */
  default WorkflowClient client() {
    return client(StackCodec.converter(Map.of()));
  }

  /** A client of {@code default} that stores payloads with {@code converter}. */
  default WorkflowClient client(DataConverter converter) {
    return WorkflowClient.newInstance(
        service(), WorkflowClientOptions.newBuilder().setDataConverter(converter).build());
  }

  /** How many workflow executions of {@code default} match a visibility {@code query}. */
  default long count(String query) {
    return service()
        .blockingStub()
        .countWorkflowExecutions(
            CountWorkflowExecutionsRequest.newBuilder()
                .setNamespace("default")
                .setQuery(query)
                .build())
        .getCount();
  }
}
