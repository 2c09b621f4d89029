package dev.ordersaga.worker;

import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the workers once Temporal lets them, retrying with capped backoff for as long as it takes
 * (a server that is down at start, or restarting, is waited for; the process never lives on without
 * polling). Once started, the SDK's pollers ride out later outages themselves. {@link #state} says
 * where it is, for the health endpoint.
 */
final class WorkerStarter {
  private static final Logger log = LoggerFactory.getLogger(WorkerStarter.class);

  /** Where the workers are. */
  enum State {
    /** Not yet started: Temporal has not answered, or start failed; retrying. */
    CONNECTING,
    /** Started: the pollers run. */
    POLLING,
    /** Shut down, or gave up because the process is stopping. */
    STOPPED
  }

  private final Supplier<WorkerFactory> startWorkers;
  private final Backoff backoff;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile State state = State.CONNECTING;
  private volatile WorkerFactory factory;
  private volatile String lastFailure = "";

  /**
   * @param startWorkers creates, registers and starts a fresh factory; throws while Temporal cannot
   *     be reached
   */
  WorkerStarter(Supplier<WorkerFactory> startWorkers, Backoff backoff) {
    this.startWorkers = startWorkers;
    this.backoff = backoff;
  }

  /**
   * Tries until the workers start ({@code true}) or {@link #stop} is called ({@code false}); blocks
   * the caller meanwhile.
   */
  boolean run() throws InterruptedException {
    for (int failures = 1; stopping.getCount() > 0; failures++) {
      try {
        WorkerFactory started = startWorkers.get();
        synchronized (this) {
          factory = started;
          if (stopping.getCount() == 0) {
            started.shutdown();
            return false;
          }
          state = State.POLLING;
        }
        log.info("workers started after {} attempt(s)", failures);
        return true;
      } catch (RuntimeException e) {
        lastFailure = String.valueOf(rootMessage(e));
        Duration wait = backoff.after(failures);
        log.warn(
            "cannot start the workers (attempt {}): {}; retrying in {} ms",
            failures,
            lastFailure,
            wait.toMillis());
        if (stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      }
    }
    return false;
  }

  /** The current state; {@link State#STOPPED} once the started factory is shut down. */
  State state() {
    WorkerFactory current = factory;
    if (state == State.POLLING && current != null && current.isShutdown()) {
      return State.STOPPED;
    }
    return state;
  }

  /** Whether {@link #stop} was called. */
  boolean stopRequested() {
    return stopping.getCount() == 0;
  }

  /** Why the last start attempt failed; empty when none did. */
  String lastFailure() {
    return lastFailure;
  }

  /**
   * Stops retrying and stops the workers polling (no task starts any more), runs {@code handOver}
   * while the tasks in flight go on, then waits up to {@code drain} for them to finish. A stopping
   * worker hands on what it holds beyond its tasks (its waiting payments) there, so that the hand
   * over never waits behind a long drain.
   */
  void stop(Duration drain, Runnable handOver) {
    WorkerFactory current;
    synchronized (this) {
      stopping.countDown();
      state = State.STOPPED;
      current = factory;
    }
    if (current != null) {
      current.shutdown();
    }
    handOver.run();
    if (current != null) {
      current.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
