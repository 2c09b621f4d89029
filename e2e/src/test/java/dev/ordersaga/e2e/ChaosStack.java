package dev.ordersaga.e2e;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.SandboxProcess;
import dev.ordersaga.processes.StackPart;
import dev.ordersaga.processes.TemporalDevServer;
import dev.ordersaga.processes.WorkerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The chaos soak's system, laid out like {@code make up}'s but on free ports: the dev server, the
 * sandbox, one worker process per task queue and the API, each its own OS process that can be
 * SIGKILLed by pid and started again ({@link Victim}).
 */
final class ChaosStack implements AutoCloseable {
  /** A process the soak kills and restarts. */
  record Victim(String name, Runnable kill, Runnable restart, BooleanSupplier alive) {}

  private final List<StackPart> started = new ArrayList<>();
  final TemporalDevServer temporal;
  final SandboxProcess sandbox;
  final Map<String, WorkerProcess> workers = new LinkedHashMap<>();
  final ApiProcess api;

  ChaosStack(Path dir, Duration paymentWindow) {
    try {
      temporal = started(new TemporalDevServer(Stack.property("e2e.temporal"), dir));
      int apiPort = FreePorts.next();
      Path sandboxJar = Stack.property("e2e.sandboxJar");
      sandbox =
          started(
              new SandboxProcess(
                  Stack.JAVA,
                  sandboxJar,
                  sandboxJar.getParent().getParent().resolve("config.yml"),
                  dir,
                  Duration.ofSeconds(2),
                  Map.of(
                      "SANDBOX_WEBHOOK_URL",
                      "http://127.0.0.1:" + apiPort + "/webhooks/payments",
                      "SANDBOX_WEBHOOK_SECRET",
                      ApiProcess.WEBHOOK_SECRET)));
      Path config = Path.of("src/test/resources/chaos-worker.yml").toAbsolutePath();
      Map<String, String> env =
          Map.of(
              "TEMPORAL_ADDRESS", temporal.address(),
              "DOWNSTREAM_URL", sandbox.url(),
              "PAYMENT_WINDOW", paymentWindow.toString());
      Path jar = Stack.property("e2e.workerJar");
      for (String queue : TaskQueues.ALL) {
        workers.put(
            queue, started(new WorkerProcess(Stack.JAVA, jar, config, dir, List.of(queue), env)));
      }
      Path apiJar = Stack.property("e2e.apiJar");
      api =
          started(
              new ApiProcess(
                  Stack.JAVA,
                  apiJar,
                  apiJar.getParent().getParent().resolve("config.yml"),
                  dir,
                  apiPort,
                  temporal.address(),
                  Map.of()));
      for (WorkerProcess worker : workers.values()) {
        worker.awaitPolling(temporal.service(), "default");
      }
    } catch (RuntimeException | AssertionError e) {
      close();
      throw e;
    }
  }

  /** Every process the soak kills: each worker, the API and the Temporal server. */
  List<Victim> victims() {
    List<Victim> victims = new ArrayList<>();
    workers.forEach(
        (queue, worker) ->
            victims.add(
                new Victim("worker-" + queue, worker::kill, worker::restart, worker::isAlive)));
    victims.add(new Victim("api", api::kill, api::restart, api::isAlive));
    victims.add(new Victim("temporal", temporal::kill, temporal::start, temporal::isAlive));
    return victims;
  }

  private <T extends StackPart> T started(T part) {
    started.add(0, part);
    return part;
  }

  @Override
  public void close() {
    for (StackPart part : started) {
      try {
        part.close();
      } catch (RuntimeException ignored) {
        // the next part is stopped regardless
      }
    }
  }
}
