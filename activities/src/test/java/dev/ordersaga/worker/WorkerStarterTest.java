package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerStarterTest {
  private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final HoldingActivity holding = new HoldingActivity();

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void keepsTryingUntilTheServerAnswersThenPolls() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    WorkerStarter starter =
        new WorkerStarter(
            () -> {
              if (attempts.incrementAndGet() < 4) {
                throw Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException();
              }
              return startedFactory();
            },
            FAST);

    assertThat(starter.state()).isEqualTo(WorkerStarter.State.CONNECTING);
    assertThat(starter.run()).isTrue();

    assertThat(attempts).hasValue(4);
    assertThat(starter.state()).isEqualTo(WorkerStarter.State.POLLING);
    assertThat(starter.lastFailure()).contains("connection refused");
  }

  @Test
  void reportsStoppedWhenItsWorkersShutDown() throws Exception {
    WorkerStarter starter = new WorkerStarter(this::startedFactory, FAST);
    starter.run();

    env.getWorkerFactory().shutdown();

    assertThat(starter.state()).isEqualTo(WorkerStarter.State.STOPPED);
  }

  @Test
  void stopEndsTheRetryingAndRunSaysTheWorkersNeverStarted() throws Exception {
    WorkerStarter starter =
        new WorkerStarter(
            () -> {
              throw Status.UNAVAILABLE.asRuntimeException();
            },
            new Backoff(Duration.ofMillis(50), Duration.ofMillis(50)));
    CompletableFuture<Boolean> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return starter.run();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    starter.stop(Duration.ZERO, () -> {});

    assertThat(run.get(5, TimeUnit.SECONDS)).isFalse();
    assertThat(starter.state()).isEqualTo(WorkerStarter.State.STOPPED);
  }

  @Test
  void stopRunsItsHandOverAfterPollingStopsAndBeforeInFlightTasksDrain() throws Exception {
    Worker worker = env.newWorker("starter-test");
    worker.registerWorkflowImplementationTypes(HoldingWorkflowImpl.class);
    worker.registerActivitiesImplementations(holding);
    env.start();
    WorkerStarter starter = new WorkerStarter(env::getWorkerFactory, FAST);
    starter.run();
    WorkflowClient.start(
        env.getWorkflowClient()
                .newWorkflowStub(
                    HoldingWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue("starter-test").build())
            ::run);
    assertThat(holding.started.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicBoolean taskInFlightAtHandOver = new AtomicBoolean();
    AtomicBoolean pollingStoppedAtHandOver = new AtomicBoolean();

    starter.stop(
        Duration.ofSeconds(10),
        () -> {
          taskInFlightAtHandOver.set(holding.finished.getCount() > 0);
          pollingStoppedAtHandOver.set(env.getWorkerFactory().isShutdown());
          holding.release.countDown();
        });

    assertThat(taskInFlightAtHandOver).isTrue();
    assertThat(pollingStoppedAtHandOver).isTrue();
    assertThat(holding.finished.getCount()).as("drained before stop returned").isZero();
  }

  /** Runs one {@link Holding#hold} activity. */
  @WorkflowInterface
  public interface HoldingWorkflow {
    @WorkflowMethod
    void run();
  }

  public static class HoldingWorkflowImpl implements HoldingWorkflow {
    @Override
    public void run() {
      Workflow.newActivityStub(
              Holding.class,
              ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build())
          .hold();
    }
  }

  /** An activity that runs until released. */
  @ActivityInterface
  public interface Holding {
    void hold();
  }

  static final class HoldingActivity implements Holding {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public void hold() {
      started.countDown();
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      finished.countDown();
    }
  }

  private WorkerFactory startedFactory() {
    env.newWorker("starter-test");
    env.start();
    return env.getWorkerFactory();
  }
}
