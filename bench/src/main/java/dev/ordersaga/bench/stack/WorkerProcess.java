package dev.ordersaga.bench.stack;

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

/** One worker JVM polling some queues: the saga's worker jar, or the floor's worker class. */
public final class WorkerProcess implements StackPart {
  private final String name;
  private final List<String> queues;
  private final ManagedProcess process;

  /**
   * @param launch how to start the JVM after the java binary (e.g. {@code -jar worker.jar})
   * @param arguments its arguments; the queues are named by the caller
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
    List<String> command =
        new java.util.ArrayList<>(List.of(javaBinary.toString(), "-XX:+UseG1GC"));
    command.addAll(launch);
    command.addAll(arguments);
    process = ManagedProcess.start(name, command, environment, dir.resolve(name + ".log"));
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  /** Waits until the server sees a poller of this process on each of its queues. */
  public void awaitPolling(WorkflowServiceStubs service) {
    for (String queue : queues) {
      TaskQueueType type =
          queue.equals("orders")
              ? TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW
              : TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY;
      Await.until(
          name + " polling " + queue,
          Duration.ofSeconds(90),
          () ->
              service
                  .blockingStub()
                  .describeTaskQueue(
                      DescribeTaskQueueRequest.newBuilder()
                          .setNamespace("default")
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
