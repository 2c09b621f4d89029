package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.Http;
import dev.ordersaga.processes.SandboxProcess;
import dev.ordersaga.processes.TemporalDevServer;
import dev.ordersaga.processes.WorkerProcess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A worker and the API started while the Temporal server is down, or left without it later, wait
 * for it (unhealthy meanwhile) and work once it is there, without being restarted.
 */
class ServerOutageIT {
  private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);

  @AutoClose private final StartedParts parts = new StartedParts();
  private static final Http HTTP = new Http(Duration.ofSeconds(5));

  @Test
  void workerAndApiStartedBeforeTheServerPollWithinSecondsOfItAndRideOutItsLaterRestart() {
    Path dir = Stack.workDir("server-outage");
    TemporalDevServer temporal =
        parts.add(TemporalDevServer.notYetStarted(Stack.property("e2e.temporal"), dir));
    int apiPort = FreePorts.next();
    SandboxProcess sandbox = parts.add(StackParts.sandbox(dir, Duration.ofSeconds(1), apiPort));
    int workerHealthPort = FreePorts.next();
    Map<String, String> workerEnvironment =
        new HashMap<>(
            StackParts.workerEnvironment(temporal.address(), sandbox, Duration.ofSeconds(60)));
    workerEnvironment.put("WORKER_HTTP_PORT", String.valueOf(workerHealthPort));
    WorkerProcess worker =
        parts.add(
            new WorkerProcess(
                Stack.JAVA,
                Stack.property("e2e.workerJar"),
                StackParts.workerConfig("e2e-worker.yml"),
                dir,
                TaskQueues.ALL,
                workerEnvironment));
    ApiProcess api = parts.add(StackParts.api(dir, apiPort, temporal.address(), Map.of(), false));

    Await.until(
        "the worker's health port to say 503 while there is no server",
        Duration.ofSeconds(60),
        () -> health(workerHealthPort) == 503);
    Await.until(
        "the API's health check to fail while there is no server",
        Duration.ofSeconds(60),
        () -> api.health() == 500);
    assertThat(worker.isAlive()).isTrue();

    temporal.start();
    awaitHealthy(worker, workerHealthPort, api, temporal);
    orderCompletesThrough(api);

    temporal.stop();
    Await.until(
        "the worker to say 503 while the server is gone",
        WITHIN_SECONDS,
        () -> health(workerHealthPort) == 503);
    Await.until("the API to fail its health check", WITHIN_SECONDS, () -> api.health() == 500);
    temporal.start();
    awaitHealthy(worker, workerHealthPort, api, temporal);
    orderCompletesThrough(api);
  }

  private static void awaitHealthy(
      WorkerProcess worker, int workerHealthPort, ApiProcess api, TemporalDevServer temporal) {
    Await.until(
        "the worker to report healthy once the server serves",
        WITHIN_SECONDS,
        () -> health(workerHealthPort) == 200);
    worker.awaitPolling(temporal.service(), "default");
    Await.until(
        "the API to report healthy once the server serves",
        WITHIN_SECONDS,
        () -> api.health() == 200);
  }

  private static void orderCompletesThrough(ApiProcess api) {
    ApiProcess.Reply accepted = api.post("/orders", Orders.json("tok_ok"));
    assertThat(accepted.status()).isEqualTo(202);
    ApiOrders.awaitStatus(
        api, accepted.body().path("orderId").asText(), "COMPLETED", Duration.ofSeconds(60));
  }

  /** The status the worker's health port answers. */
  private static int health(int port) {
    return HTTP.get(URI.create("http://127.0.0.1:" + port + "/health"), null).status();
  }
}
