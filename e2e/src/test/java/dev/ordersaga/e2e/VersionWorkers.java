package dev.ordersaga.e2e;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.WorkerProcess;
import dev.ordersaga.worker.WorkerDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The worker processes of one Worker Deployment version beside a {@link Stack}: the stack's worker
 * jar with {@code ORDER_SAGA_BUILD_ID} set, split as the stack's own workers are (the workflow;
 * payment status; every other step), on the runbook's configuration ({@code ops-worker.yml}) with
 * lines added.
 */
final class VersionWorkers implements AutoCloseable {
  private final String buildId;
  private final List<WorkerProcess> workers = new ArrayList<>();

  /**
   * Starts the version's workers; they poll as {@code buildId} once they are up ({@link
   * #awaitPolling}).
   *
   * @param configLines YAML appended to {@code ops-worker.yml}, e.g. a {@code flow:} section
   * @param paymentWindow how long an order of this version waits for its payment
   */
  VersionWorkers(Stack stack, String buildId, String configLines, Duration paymentWindow) {
    this.buildId = buildId;
    Path config = config(stack.dir, buildId, configLines);
    Map<String, String> environment =
        Map.of(
            "TEMPORAL_ADDRESS",
            stack.temporal.address(),
            "DOWNSTREAM_URL",
            stack.sandbox.url(),
            "PAYMENT_WINDOW",
            paymentWindow.toString(),
            WorkerDeployment.BUILD_ID_VARIABLE,
            buildId);
    List<String> steps = new ArrayList<>(TaskQueues.ALL);
    steps.removeAll(List.of(TaskQueues.ORDERS, TaskQueues.PAYMENT_STATUS));
    Path jar = Stack.property("e2e.workerJar");
    try {
      for (List<String> queues :
          List.of(List.of(TaskQueues.ORDERS), List.of(TaskQueues.PAYMENT_STATUS), steps)) {
        workers.add(
            new WorkerProcess(
                "worker-" + buildId + "-" + String.join("+", queues),
                Stack.JAVA,
                List.of("-jar", jar.toString()),
                List.of("--queues", String.join(",", queues), "--config", config.toString()),
                stack.dir,
                queues,
                environment));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  String buildId() {
    return buildId;
  }

  /** Waits until every worker of the version polls its queues. */
  void awaitPolling(Stack stack) {
    workers.forEach(worker -> worker.awaitPolling(stack.temporal.service(), "default"));
  }

  /** Stops every worker of the version by its pid (SIGTERM: each drains, then exits). */
  @Override
  public void close() {
    workers.forEach(WorkerProcess::close);
  }

  private static Path config(Path dir, String buildId, String configLines) {
    try {
      Path ops = Path.of("src/test/resources", "ops-worker.yml").toAbsolutePath();
      Path config = dir.resolve("worker-" + buildId + ".yml");
      Files.writeString(config, Files.readString(ops) + "\n" + configLines);
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
