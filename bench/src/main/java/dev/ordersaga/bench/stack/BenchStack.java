package dev.ordersaga.bench.stack;

import dev.ordersaga.order.Step;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.JaegerProcess;
import dev.ordersaga.processes.SandboxProcess;
import dev.ordersaga.processes.ServerTuning;
import dev.ordersaga.processes.StackCodec;
import dev.ordersaga.processes.TemporalDevServer;
import dev.ordersaga.processes.TemporalEngine;
import dev.ordersaga.processes.WorkerProcess;
import io.temporal.client.WorkflowClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system for the benchmark, each part its own OS process on free ports with its data
 * under one folder: Temporal (the dev server, or the cluster on PostgreSQL), the sandbox, the API,
 * and three worker processes (the workflow on {@code orders}; {@code payment-status}; every other
 * step queue). The saga's workers can be swapped for the floor's, same queues, same split into
 * processes, the API, the workers and the driver's client switched between encrypted and plain
 * payloads, and the sandbox, the API and the workers switched between tracing to a trace store of
 * the stack's own ({@link #startTraceStore}) and not tracing.
 */
public final class BenchStack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BenchStack.class);
  private static final List<List<String>> WORKER_SPLIT =
      List.of(
          List.of(TaskQueues.ORDERS),
          List.of(TaskQueues.PAYMENT_STATUS),
          Step.taskQueues().stream()
              .filter(queue -> !queue.equals(TaskQueues.PAYMENT_STATUS))
              .toList());

  private final Layout layout;
  private final Path dir;
  private final SandboxProcess.Place sandboxPlace;
  private final TemporalEngine temporal;
  private final int apiPort;
  private ApiProcess api;
  private WorkflowClient client;
  private Map<String, String> codec = Map.of();
  private boolean encrypted = StackCodec.encryptsByDefault();
  private Map<String, String> tracing = Map.of();
  private Duration settleDelay;
  private JaegerProcess traceStore;
  private SandboxProcess sandbox;
  private List<WorkerProcess> workers = List.of();
  private List<Integer> metricsPorts = List.of();

  /**
   * @param tuning how the dev server is tuned
   */
  public BenchStack(Layout layout, Path dir, Duration settleDelay, ServerTuning tuning) {
    this(layout, dir, settleDelay, new TemporalDevServer(layout.temporal(), dir, tuning));
  }

  /** The stack on {@code temporal}, which it closes when it closes. */
  public BenchStack(Layout layout, Path dir, Duration settleDelay, TemporalEngine temporal) {
    this.layout = layout;
    this.dir = dir;
    this.apiPort = FreePorts.next();
    this.sandboxPlace =
        SandboxProcess.Place.on(
            dir, "http://127.0.0.1:" + apiPort + "/webhooks/payments", ApiProcess.WEBHOOK_SECRET);
    log.info("starting the stack on the {} under {}", temporal.kind(), dir);
    this.temporal = temporal;
    this.settleDelay = settleDelay;
    try {
      sandbox = startSandbox(settleDelay);
      api = startApi(true);
      client = temporal.client();
      useSagaWorkers();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public TemporalEngine temporal() {
    return temporal;
  }

  public SandboxProcess sandbox() {
    return sandbox;
  }

  public ApiProcess api() {
    return api;
  }

  public WorkflowClient client() {
    return client;
  }

  public Path dir() {
    return dir;
  }

  /** The worker process serving {@code orders} now. */
  public WorkerProcess workflowWorker() {
    return workers.get(0);
  }

  /** The worker process serving {@code payment-status} now. */
  public WorkerProcess paymentStatusWorker() {
    return workers.get(1);
  }

  /** The {@code /metrics} of the worker serving {@code payment-status} now. */
  public URI paymentStatusMetrics() {
    return URI.create("http://127.0.0.1:" + metricsPorts.get(1) + "/metrics");
  }

  /** The configuration file the saga's workers run with. */
  public Path workerConfig() {
    return layout.workerConfig();
  }

  /** Whether the API, the workers and {@link #client()} store payloads encrypted now. */
  public boolean encrypted() {
    return encrypted;
  }

  /**
   * Restarts the API and the saga's workers (side by side), and replaces {@link #client()}, so that
   * all store payloads encrypted with the stack's key or all unencrypted ({@link
   * StackCodec#encryption}). Orders still running are then read by processes that may not decode
   * them: call it on a quiet stack.
   */
  public void useEncryption(boolean encrypted) {
    this.codec = StackCodec.encryption(encrypted);
    this.encrypted = encrypted;
    api.close();
    api = startApi(false);
    client = temporal.client(StackCodec.converter(codec));
    useSagaWorkers();
    Await.until("the API health check", Duration.ofSeconds(90), () -> api.health() == 200);
    log.info("payloads {}", encrypted ? "encrypted" : "unencrypted");
  }

  /** Starts the sandbox again on the same ports and database with another settle delay. */
  public void restartSandbox(Duration settleDelay) {
    this.settleDelay = settleDelay;
    sandbox.close();
    sandbox = startSandbox(settleDelay);
  }

  /**
   * Starts Jaeger ({@code binary}, with the checkout's {@code config/jaeger/config.yaml}, its log
   * in the stack's folder), which {@link #pids()} then counts as {@code jaeger} and {@link
   * #close()} stops.
   *
   * @throws IllegalStateException when the stack has one already
   */
  public JaegerProcess startTraceStore(Path binary) {
    if (traceStore != null) {
      throw new IllegalStateException("the stack's trace store runs already");
    }
    traceStore = new JaegerProcess(binary, layout.root().resolve("config/jaeger/config.yaml"), dir);
    return traceStore;
  }

  /**
   * Restarts the sandbox, then the API and the saga's workers (side by side), with {@code tracing}
   * added to their environment: e.g. {@link JaegerProcess#tracingEnvironment()}, or {@code
   * ORDER_SAGA_TRACING=off}; empty, tracing is as the driver's own environment says. Orders still
   * running lose their provider calls and worker attempts: call it on a quiet stack.
   */
  public void useTracing(Map<String, String> tracing) {
    this.tracing = Map.copyOf(tracing);
    restartSandbox(settleDelay);
    api.close();
    api = startApi(false);
    useSagaWorkers();
    Await.until("the API health check", Duration.ofSeconds(90), () -> api.health() == 200);
    log.info("tracing environment {}", tracing.isEmpty() ? "inherited" : tracing);
  }

  /** Stops the current workers, starts the saga's (the worker jar with config/worker.yml). */
  public void useSagaWorkers() {
    Map<String, String> env = new LinkedHashMap<>(codec);
    env.putAll(tracing);
    env.put("TEMPORAL_ADDRESS", temporal.address());
    env.put("DOWNSTREAM_URL", sandbox.url());
    List<String> launch = List.of("-jar", layout.workerJar().toString());
    replaceWorkers(
        "worker",
        launch,
        queues -> List.of("--queues", queues, "--config", layout.workerConfig().toString()),
        env);
  }

  /**
   * Stops the current workers, starts the floor's on the same queues and in the same split, and
   * sends new workflows to them ({@link UnversionedRouting}): they poll outside Worker Versioning.
   */
  public void useFloorWorkers() {
    List<String> launch =
        List.of("-cp", layout.benchJar().toString(), "dev.ordersaga.bench.floor.FloorWorkerMain");
    Map<String, String> env = new LinkedHashMap<>(codec);
    env.put("TEMPORAL_ADDRESS", temporal.address());
    replaceWorkers("floor", launch, queues -> List.of(queues), env);
    UnversionedRouting.apply(temporal.service());
  }

  /**
   * How the workers split into processes: the workflow's queue, the payment-status queue, and every
   * other step queue of the registry, e.g. {@code orders | payment-status | order-records,...}.
   */
  public static String workerSplit() {
    return String.join(
        " | ", WORKER_SPLIT.stream().map(queues -> String.join(",", queues)).toList());
  }

  /** Every process of the stack and this driver, by name: what CPU is measured on. */
  public Map<String, Long> pids() {
    Map<String, Long> pids = new LinkedHashMap<>();
    pids.putAll(temporal.pids());
    pids.put("sandbox", sandbox.pid());
    pids.put("api", api.pid());
    List<String> roles = List.of("worker-orders", "worker-payment-status", "worker-steps");
    for (int i = 0; i < workers.size(); i++) {
      pids.put(roles.get(i), workers.get(i).pid());
    }
    if (traceStore != null) {
      pids.put("jaeger", traceStore.pid());
    }
    pids.put("driver", ProcessHandle.current().pid());
    return pids;
  }

  /**
   * @param awaitHealthy whether to wait for its health check before returning
   */
  private ApiProcess startApi(boolean awaitHealthy) {
    Map<String, String> env = new LinkedHashMap<>(codec);
    env.putAll(tracing);
    env.put("ORDER_SAGA_MAX_BACKLOG", "100000000");
    return new ApiProcess(
        layout.java(),
        layout.apiJar(),
        layout.apiConfig(),
        dir,
        apiPort,
        temporal.address(),
        env,
        awaitHealthy);
  }

  private SandboxProcess startSandbox(Duration settleDelay) {
    return new SandboxProcess(
        layout.java(),
        layout.sandboxJar(),
        layout.sandboxConfig(),
        sandboxPlace,
        settleDelay,
        tracing);
  }

  private void replaceWorkers(
      String prefix,
      List<String> launch,
      java.util.function.Function<String, List<String>> arguments,
      Map<String, String> env) {
    workers.forEach(WorkerProcess::close);
    List<String> names = List.of("orders", "payment-status", "steps");
    List<WorkerProcess> started = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < WORKER_SPLIT.size(); i++) {
      ports.add(FreePorts.next());
      Map<String, String> withPort = new LinkedHashMap<>(env);
      withPort.put("WORKER_HTTP_PORT", String.valueOf(ports.get(i)));
      started.add(
          new WorkerProcess(
              prefix + "-" + names.get(i),
              layout.java(),
              withG1(launch),
              arguments.apply(String.join(",", WORKER_SPLIT.get(i))),
              dir,
              WORKER_SPLIT.get(i),
              withPort));
    }
    workers = List.copyOf(started);
    metricsPorts = List.copyOf(ports);
    workers.forEach(w -> w.awaitPolling(temporal.service()));
    log.info("{} workers polling: {}", prefix, names);
  }

  private static List<String> withG1(List<String> launch) {
    List<String> flagged = new ArrayList<>(List.of("-XX:+UseG1GC"));
    flagged.addAll(launch);
    return flagged;
  }

  @Override
  public void close() {
    workers.forEach(WorkerProcess::close);
    if (api != null) {
      api.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
    if (traceStore != null) {
      traceStore.close();
    }
    temporal.close();
  }
}
