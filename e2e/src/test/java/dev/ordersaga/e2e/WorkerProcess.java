package dev.ordersaga.e2e;

import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One worker process polling some queues; tests kill it by its pid and start it again. */
final class WorkerProcess implements StackPart {
  private final List<String> queues;
  private final ManagedProcess process;

  WorkerProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Path dir,
      List<String> queues,
      Map<String, String> environment) {
    this.queues = List.copyOf(queues);
    String name = "worker-" + String.join("+", queues);
    process =
        ManagedProcess.start(
            name,
            List.of(
                javaBinary.toString(),
                "-jar",
                jar.toString(),
                "--queues",
                String.join(",", queues),
                "--config",
                config.toString()),
            environment,
            dir.resolve(name + ".log"));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL by pid: in-flight activities are lost mid-execution. */
  void kill() {
    process.kill();
  }

  void restart() {
    process.start();
  }

  /** Waits until the server sees a poller of this process on each of its queues. */
  void awaitPolling(WorkflowServiceStubs service, String namespace) {
    for (String queue : queues) {
      TaskQueueType type =
          queue.equals("orders")
              ? TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW
              : TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY;
      Await.until(
          "a poller on " + queue,
          Duration.ofSeconds(60),
          () ->
              service
                  .blockingStub()
                  .describeTaskQueue(
                      DescribeTaskQueueRequest.newBuilder()
                          .setNamespace(namespace)
                          .setTaskQueue(TaskQueue.newBuilder().setName(queue).build())
                          .setTaskQueueType(type)
                          .build())
                  .getPollersList()
                  .stream()
                  .anyMatch(poller -> poller.getIdentity().startsWith(pid() + "@")));
    }
  }

  @Override
  public void close() {
    process.stop();
  }
}
