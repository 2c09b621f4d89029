package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerHttpServerTest {
  private final AtomicReference<WorkerStarter.State> state =
      new AtomicReference<>(WorkerStarter.State.CONNECTING);
  private final WorkflowServiceStubs nowhere =
      WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:1").build());
  private final WorkerMetrics metrics = new WorkerMetrics();
  private final WorkerHttpServer server =
      WorkerHttpServer.start("127.0.0.1", 0, nowhere, state::get, metrics);

  @AfterEach
  void close() {
    server.close();
    nowhere.shutdownNow();
    metrics.close();
  }

  @Test
  void whileStillConnectingItIsAliveButNotHealthy() throws Exception {
    HttpResponse<String> health = get("/health");

    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).contains("\"workers\":\"connecting\"", "unreachable");
    assertThat(get("/live").statusCode()).isEqualTo(200);
  }

  @Test
  void pollingWithoutAServerIsNotHealthy() throws Exception {
    state.set(WorkerStarter.State.POLLING);

    assertThat(get("/health").statusCode()).isEqualTo(503);
    assertThat(get("/live").statusCode()).isEqualTo(200);
  }

  @Test
  void workersThatStoppedAreNeitherHealthyNorAlive() throws Exception {
    state.set(WorkerStarter.State.STOPPED);

    assertThat(get("/health").statusCode()).isEqualTo(503);
    assertThat(get("/live").statusCode()).isEqualTo(503);
  }

  private HttpResponse<String> get(String path) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
