package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerStarterTest {
  private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

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

    starter.stop(Duration.ZERO);

    assertThat(run.get(5, TimeUnit.SECONDS)).isFalse();
    assertThat(starter.state()).isEqualTo(WorkerStarter.State.STOPPED);
  }

  private WorkerFactory startedFactory() {
    env.newWorker("starter-test");
    env.start();
    return env.getWorkerFactory();
  }
}
