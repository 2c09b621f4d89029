package dev.ordersaga.e2e;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.SandboxProcess;
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

  private final StartedParts parts = new StartedParts();
  final TemporalDevServer temporal;
  final SandboxProcess sandbox;
  final Map<String, WorkerProcess> workers = new LinkedHashMap<>();
  final ApiProcess api;

  ChaosStack(Path dir, Duration paymentWindow) {
    try {
      temporal = parts.add(new TemporalDevServer(Stack.property("e2e.temporal"), dir));
      int apiPort = FreePorts.next();
      sandbox = parts.add(StackParts.sandbox(dir, Duration.ofSeconds(2), apiPort));
      Path config = StackParts.workerConfig("chaos-worker.yml");
      Map<String, String> env =
          StackParts.workerEnvironment(temporal.address(), sandbox, paymentWindow);
      Path jar = Stack.property("e2e.workerJar");
      for (String queue : TaskQueues.ALL) {
        workers.put(
            queue, parts.add(new WorkerProcess(Stack.JAVA, jar, config, dir, List.of(queue), env)));
      }
      api = parts.add(StackParts.api(dir, apiPort, temporal.address(), Map.of(), true));
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

  /**
   * Stops every part, newest first; a part that fails to stop (the soak may have just killed it)
   * fails nothing.
   */
  @Override
  public void close() {
    try {
      parts.close();
    } catch (RuntimeException ignored) {
      // every part was tried; the soak's verdict is its books
    }
  }
}
