package dev.ordersaga.processes;

import io.temporal.api.deployment.v1.WorkerDeploymentOptions;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.enums.v1.WorkerVersioningMode;
import io.temporal.api.taskqueue.v1.PollerInfo;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One worker JVM polling some queues (the saga's worker jar, or another worker class); it can be
 * killed by its pid and started again.
 */
public final class WorkerProcess implements StackPart {
  private static final String HTTP_PORT = "WORKER_HTTP_PORT";
  private final String name;
  private final List<String> queues;
  private final int httpPort;
  private final ManagedProcess process;

  /** The saga's worker jar with {@code config}, polling {@code queues}. */
  public WorkerProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Path dir,
      List<String> queues,
      Map<String, String> environment) {
    this(
        "worker-" + String.join("+", queues),
        javaBinary,
        List.of("-jar", jar.toString()),
        List.of("--queues", String.join(",", queues), "--config", config.toString()),
        dir,
        queues,
        environment);
  }

  /**
   * @param launch how to start the JVM after the java binary (e.g. {@code -jar worker.jar}),
   *     including any JVM flags
   * @param arguments its arguments; the queues are named by the caller
   * @param queues the queues it polls, for {@link #awaitPolling}
   * @param environment added to the process's; the stack's payload key unless it configures its own
   *     ({@link StackCodec#withKeys}); its health and metrics port {@code WORKER_HTTP_PORT} unless
   *     it names one, a free port
   */
  public WorkerProcess(
      String name,
      Path javaBinary,
      List<String> launch,
      List<String> arguments,
      Path dir,
      List<String> queues,
      Map<String, String> environment) {
    this.name = name;
    this.queues = List.copyOf(queues);
    List<String> command = new ArrayList<>(List.of(javaBinary.toString()));
    command.addAll(launch);
    command.addAll(arguments);
    Map<String, String> withPort = new HashMap<>(environment);
    httpPort =
        Integer.parseInt(
            withPort.computeIfAbsent(HTTP_PORT, unset -> String.valueOf(FreePorts.next())));
    process =
        ManagedProcess.start(
            name, command, StackCodec.withKeys(withPort), dir.resolve(name + ".log"));
  }

  public String name() {
    return name;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /** Its Prometheus page, {@code GET /metrics} on its health port. */
  public URI metrics() {
    return URI.create("http://127.0.0.1:" + httpPort + "/metrics");
  }

  /** SIGKILL by pid: in-flight activities are lost mid-execution. */
  public void kill() {
    process.kill();
  }

  /** Starts the same command again. */
  public void restart() {
    process.start();
  }

  /**
   * Waits until the server sees a poller of this process on each of its queues in default, then
   * makes its Worker Deployment version current if its deployment has none ({@link
   * #awaitPolling(WorkflowServiceStubs, String)}).
   */
  public void awaitPolling(WorkflowServiceStubs service) {
    awaitPolling(service, "default");
  }

  /**
   * Waits until the server sees a poller of this process on each of its queues. When the process
   * polls as a Worker Deployment version and its deployment has no current version yet (a stack's
   * first workers), it makes that version current, as {@code make up} does: until then no new
   * workflow would be dispatched to them. A later version of a stack that already has a current one
   * is made current only when asked ({@link WorkerDeployments#makeCurrent}).
   */
  public void awaitPolling(WorkflowServiceStubs service, String namespace) {
    WorkerDeploymentOptions deployment = null;
    for (String queue : queues) {
      TaskQueueType type =
          queue.equals("orders")
              ? TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW
              : TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY;
      deployment =
          Await.value(
              name + " polling " + queue,
              Duration.ofSeconds(90),
              () -> ownPoller(service, namespace, queue, type));
    }
    if (deployment != null
        && deployment.getWorkerVersioningMode()
            == WorkerVersioningMode.WORKER_VERSIONING_MODE_VERSIONED) {
      WorkerDeployments deployments = new WorkerDeployments(service, namespace);
      if (deployments.currentBuildId(deployment.getDeploymentName()).isEmpty()) {
        deployments.makeCurrent(deployment.getDeploymentName(), deployment.getBuildId());
      }
    }
  }

  /**
   * The deployment options this process polls {@code queue} with; null while it does not poll it.
   */
  private WorkerDeploymentOptions ownPoller(
      WorkflowServiceStubs service, String namespace, String queue, TaskQueueType type) {
    return service
        .blockingStub()
        .describeTaskQueue(
            DescribeTaskQueueRequest.newBuilder()
                .setNamespace(namespace)
                .setTaskQueue(TaskQueue.newBuilder().setName(queue).build())
                .setTaskQueueType(type)
                .build())
        .getPollersList()
        .stream()
        .filter(poller -> poller.getIdentity().startsWith(pid() + "@"))
        .map(PollerInfo::getDeploymentOptions)
        .findFirst()
        .orElse(null);
  }

  @Override
  public void close() {
    process.stop();
  }
}
