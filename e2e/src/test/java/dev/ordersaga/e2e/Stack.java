package dev.ordersaga.e2e;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.CodecServerProcess;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.SandboxProcess;
import dev.ordersaga.processes.StackPart;
import dev.ordersaga.processes.TemporalEngine;
import dev.ordersaga.processes.WorkerProcess;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The whole system, each part its own OS process on free ports with its own data folder: Temporal
 * (the dev server, or the cluster on PostgreSQL: {@link Engines}), the sandbox, the codec server,
 * three worker processes (the workflow; payment status; every other step) and the API. Every
 * payload is encrypted with the stack's key ({@link dev.ordersaga.processes.StackCodec}).
 */
final class Stack implements AutoCloseable {
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private final List<StackPart> started = new ArrayList<>();
  final TemporalEngine temporal;
  final SandboxProcess sandbox;
  final WorkerProcess workflowWorker;
  final WorkerProcess paymentStatusWorker;
  final WorkerProcess stepWorker;
  final ApiProcess api;
  final CodecServerProcess codecServer;
  final Path temporalBinary;
  final Path dir;
  private final Path workerJar;
  private final Path workerConfig;
  private final Map<String, String> workerEnvironment;
  private final WorkflowClient client;

  /** The stack of the end-to-end tests: workers configured by {@code e2e-worker.yml}, no Web UI. */
  Stack(String name, Duration settleDelay, Duration paymentWindow) {
    this(name, settleDelay, paymentWindow, "e2e-worker.yml", false, Map.of());
  }

  /**
   * The runbook tests' stack: workers on {@code ops-worker.yml} (fast retries, undos that give up
   * after two attempts), no Web UI.
   */
  static Stack forRunbook(String name) {
    return new Stack(
        name, Duration.ofMillis(500), Duration.ofSeconds(60), "ops-worker.yml", false, Map.of());
  }

  /**
   * A stack whose workers read {@code workerConfig} (a file in {@code src/test/resources}), with
   * the Temporal Web UI on a free port when {@code withUi}, and {@code apiEnvironment} added to the
   * API process (e.g. its backpressure threshold).
   */
  Stack(
      String name,
      Duration settleDelay,
      Duration paymentWindow,
      String workerConfig,
      boolean withUi,
      Map<String, String> apiEnvironment) {
    dir = workDir(name);
    try {
      temporalBinary = property("e2e.temporal");
      int codecPort = FreePorts.next();
      String codecEndpoint = "http://127.0.0.1:" + codecPort;
      temporal = started(Engines.start(dir, withUi ? codecEndpoint : null));
      Path sandboxJar = property("e2e.sandboxJar");
      int apiPort = FreePorts.next();
      sandbox =
          started(
              new SandboxProcess(
                  JAVA,
                  sandboxJar,
                  sandboxJar.getParent().getParent().resolve("config.yml"),
                  dir,
                  settleDelay,
                  Map.of(
                      "SANDBOX_WEBHOOK_URL",
                      "http://127.0.0.1:" + apiPort + "/webhooks/payments",
                      "SANDBOX_WEBHOOK_SECRET",
                      ApiProcess.WEBHOOK_SECRET)));
      Path config = Path.of("src/test/resources", workerConfig).toAbsolutePath();
      this.workerConfig = config;
      Map<String, String> env =
          Map.of(
              "TEMPORAL_ADDRESS", temporal.address(),
              "DOWNSTREAM_URL", sandbox.url(),
              "PAYMENT_WINDOW", paymentWindow.toString());
      Path jar = property("e2e.workerJar");
      this.workerJar = jar;
      this.workerEnvironment = env;
      codecServer =
          started(
              new CodecServerProcess(
                  JAVA, jar, dir, codecPort, withUi ? temporal.uiUrl() : null, Map.of()));
      List<String> steps = new ArrayList<>(TaskQueues.ALL);
      steps.removeAll(List.of(TaskQueues.ORDERS, TaskQueues.PAYMENT_STATUS));
      workflowWorker =
          started(new WorkerProcess(JAVA, jar, config, dir, List.of(TaskQueues.ORDERS), env));
      paymentStatusWorker =
          started(
              new WorkerProcess(JAVA, jar, config, dir, List.of(TaskQueues.PAYMENT_STATUS), env));
      stepWorker = started(new WorkerProcess(JAVA, jar, config, dir, steps, env));
      Path apiJar = property("e2e.apiJar");
      api =
          started(
              new ApiProcess(
                  JAVA,
                  apiJar,
                  apiJar.getParent().getParent().resolve("config.yml"),
                  dir,
                  apiPort,
                  temporal.address(),
                  apiEnvironment));
      for (WorkerProcess worker : List.of(workflowWorker, paymentStatusWorker, stepWorker)) {
        worker.awaitPolling(temporal.service(), "default");
      }
      client = temporal.client();
    } catch (RuntimeException | AssertionError e) {
      close();
      throw e;
    }
  }

  /**
   * One more worker process polling {@code queues}, configured as the stack's (its log {@code
   * name}.log), stopped with the stack.
   */
  WorkerProcess addWorker(String name, List<String> queues) {
    return started(
        new WorkerProcess(
            name,
            JAVA,
            List.of("-jar", workerJar.toString()),
            List.of("--queues", String.join(",", queues), "--config", workerConfig.toString()),
            dir,
            queues,
            workerEnvironment));
  }

  private <T extends StackPart> T started(T part) {
    started.add(0, part);
    return part;
  }

  OrderWorkflow start(OrderRequest order) {
    OrderWorkflow workflow =
        client.newWorkflowStub(
            OrderWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderIds.workflowId(order.orderId()))
                .setTaskQueue(TaskQueues.ORDERS)
                .build());
    WorkflowClient.start(workflow::place, order);
    return workflow;
  }

  /** The order's final ledger, waiting at most {@code timeout}. */
  OrderLedger result(String orderId, Duration timeout) {
    try {
      return client
          .newUntypedWorkflowStub(OrderIds.workflowId(orderId))
          .getResult(timeout.toMillis(), TimeUnit.MILLISECONDS, OrderLedger.class);
    } catch (TimeoutException e) {
      throw new AssertionError("order " + orderId + " did not end within " + timeout, e);
    }
  }

  OrderLedger status(String orderId) {
    return client.newWorkflowStub(OrderWorkflow.class, OrderIds.workflowId(orderId)).status();
  }

  WorkflowStub untyped(String orderId) {
    return client.newUntypedWorkflowStub(OrderIds.workflowId(orderId));
  }

  static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set (run through failsafe)");
    }
    Path path = Path.of(value).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          name + " does not exist: " + path + " (build it first: make test)");
    }
    return path;
  }

  static Path workDir(String name) {
    try {
      Path dir =
          Path.of(System.getProperty("e2e.workDir", "target/e2e"))
              .resolve(name + "-" + System.currentTimeMillis());
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops every part that started, newest first, even when one of them fails to stop. */
  @Override
  public void close() {
    RuntimeException first = null;
    for (StackPart part : started) {
      try {
        part.close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
