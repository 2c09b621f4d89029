package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentQuery;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the waiting payments of one worker ({@code PaymentStatus.await} activities that returned
 * without completing) and finishes each through its {@link PaymentCompletions}: one scheduler
 * thread finds the due payments ({@link HeldPayments}), a few threads read them from the provider
 * in batches and complete or fail their activities ({@link StatusCheck}), and threads of their own
 * heartbeat them ({@link Heartbeats}), so a slow provider never delays a heartbeat.
 *
 * <p>Per payment: a status read when its backoff says ({@link PollBackoff}, resumed from {@link
 * PollProgress}); a heartbeat carrying its {@link PollProgress} every heartbeat interval (at most
 * 0.8 × the attempt's heartbeat timeout). A heartbeat the server answers with cancel requested
 * reports the activity cancelled; paused or reset fails the attempt with that exception (as the SDK
 * does for a synchronous activity), so the server holds it while paused and runs a new attempt once
 * unpaused or reset; an activity the server no longer knows (timed out, its workflow closed) is
 * dropped. A worker that dies loses its registrations: each activity's heartbeat timeout then
 * retries it on another worker, which resumes from the last heartbeat. {@link #close()} fails every
 * held activity retryably ({@value #STOPPED}), so a stopping worker hands its payments on at once.
 */
public final class PaymentPoller implements AutoCloseable {
  /** The failure type of an {@code await} refused because the worker holds {@code maxHeld}. */
  public static final String FULL = "PaymentPollerFull";

  /** The failure type with which a stopping worker hands its payments on. */
  public static final String STOPPED = "PaymentPollerStopped";

  /**
   * The retry delay of a payment wait handed on (by a stopping worker, or from a dead one): short,
   * whatever the attempt's backoff has grown to, and never zero.
   */
  public static final Duration HAND_ON_DELAY = Duration.ofSeconds(1);

  /**
   * The threads that only heartbeat: a heartbeat is one call to the server, never to a provider.
   */
  private static final int HEARTBEAT_THREADS = 2;

  private static final Logger log = LoggerFactory.getLogger(PaymentPoller.class);

  private final PollerSettings settings;
  private final HeldPayments held;
  private final Heartbeats heartbeats;
  private final StatusCheck check;
  private final ScheduledExecutorService scheduler;
  private final ThreadPoolExecutor readers;
  private final ExecutorService beaters;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile PaymentCompletions completions;
  private volatile boolean started;

  public PaymentPoller(PaymentStatusSource source, PollerSettings settings) {
    this.settings = settings;
    this.held = new HeldPayments(settings.maxHeld());
    this.heartbeats = new Heartbeats(() -> completions, held);
    this.check = new StatusCheck(source, settings.backoff(), () -> completions, held);
    this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("payment-poller-tick"));
    this.readers =
        (ThreadPoolExecutor)
            Executors.newFixedThreadPool(settings.threads(), threads("payment-poller-read"));
    this.beaters = Executors.newFixedThreadPool(HEARTBEAT_THREADS, threads("payment-poller-beat"));
  }

  /**
   * Starts checking with {@code completions}; a later call only replaces them (e.g. the completion
   * client of a worker factory started again).
   */
  public synchronized void start(PaymentCompletions completions) {
    this.completions = completions;
    if (!started) {
      started = true;
      long tick = settings.tick().toNanos();
      scheduler.scheduleWithFixedDelay(this::tickSafely, tick, tick, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Holds the payment of one {@code await} attempt until it settles; its first read is due at once.
   * An attempt of a payment already held replaces the older one (whose attempt is over).
   *
   * @param heartbeatTimeout the attempt's heartbeat timeout, null or zero when it has none
   * @throws ApplicationFailure retryable {@value #FULL} when this worker holds {@code maxHeld}
   */
  public void register(
      byte[] taskToken, PaymentQuery query, PollProgress progress, Duration heartbeatTimeout) {
    Registration registration =
        new Registration(
            taskToken,
            query,
            progress,
            settings.heartbeatNanos(heartbeatTimeout),
            System.nanoTime());
    if (!held.hold(registration)) {
      throw ApplicationFailure.newFailure(
          "this worker holds " + settings.maxHeld() + " waiting payments (maxHeld)", FULL);
    }
  }

  /** How many payments this worker holds now. */
  public int held() {
    return held.size();
  }

  /**
   * How many held payments the provider said settled at least {@code longerThan} ago whose activity
   * the server has not taken yet (it could not be reached, say): paid orders that still wait.
   */
  public int settledButWaiting(Duration longerThan) {
    return held.settledBefore(System.nanoTime(), longerThan.toNanos());
  }

  /** Heartbeats sent to the server since the start. */
  public long heartbeatsSent() {
    return heartbeats.sent();
  }

  /** Status reads handed to the provider source since the start (one per batch). */
  public long statusReads() {
    return check.reads();
  }

  /**
   * Waits at most {@code atMost} for {@link #close(Duration)} to have handed the payments on.
   *
   * @return true once closed
   */
  public boolean awaitClosed(Duration atMost) {
    try {
      return closed.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Batches of status reads waiting for a read thread. */
  int queuedReads() {
    return readers.getQueue().size();
  }

  private void tickSafely() {
    try {
      held.takeDue(System.nanoTime(), settings.batchSize(), this::submitCheck, this::submitBeats);
    } catch (RuntimeException e) {
      log.error("payment poller tick failed; the next tick tries again", e);
    }
  }

  private void submitCheck(List<Registration> batch) {
    readers.execute(() -> check.check(batch));
  }

  private void submitBeats(List<Registration> batch) {
    beaters.execute(() -> heartbeats.sendAll(batch));
  }

  /**
   * Stops checking, then fails every held activity retryably ({@value #STOPPED}) so that another
   * worker resumes it from its last heartbeat without waiting for its heartbeat timeout; gives up
   * on what is left after {@code deadline}.
   */
  public void close(Duration deadline) {
    scheduler.shutdownNow();
    PaymentCompletions client = completions;
    if (client != null) {
      long end = System.nanoTime() + deadline.toNanos();
      List<Registration> left = held.takeAll();
      int handedOn = 0;
      for (Registration registration : left) {
        if (System.nanoTime() - end > 0) {
          break;
        }
        try {
          client.fail(
              registration.taskToken,
              ApplicationFailure.newFailureWithCauseAndDelay(
                  "the worker holding this payment stopped", STOPPED, null, HAND_ON_DELAY));
          handedOn++;
        } catch (RuntimeException e) {
          log.debug("payment {} not handed on: {}", registration.paymentId, e.toString());
        }
      }
      log.info(
          "payment poller stopped; handed on {} of {} waiting payments", handedOn, left.size());
    }
    readers.shutdownNow();
    beaters.shutdownNow();
    closed.countDown();
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
