package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityCompletionFailureException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.ActivityPausedException;
import io.temporal.client.ActivityResetException;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the waiting payments of one worker ({@code PaymentStatus.await} activities that returned
 * without completing) and finishes each through the {@link ActivityCompletionClient}: one scheduler
 * thread finds the due payments, a few threads read them from the provider in batches and complete,
 * fail or heartbeat their activities.
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

  private static final Logger log = LoggerFactory.getLogger(PaymentPoller.class);
  private static final double HEARTBEAT_SHARE_OF_TIMEOUT = 0.8;
  private static final long COMPLETION_RETRY_NANOS = Duration.ofSeconds(5).toNanos();

  private final PaymentStatusSource source;
  private final PollerSettings settings;
  private final Map<String, Registration> held = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler;
  private final ExecutorService workers;
  private final LongAdder heartbeats = new LongAdder();
  private final LongAdder statusCalls = new LongAdder();
  private volatile ActivityCompletionClient completions;
  private volatile boolean started;

  public PaymentPoller(PaymentStatusSource source, PollerSettings settings) {
    this.source = source;
    this.settings = settings;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("payment-poller-tick"));
    this.workers = Executors.newFixedThreadPool(settings.threads(), threads("payment-poller"));
  }

  /**
   * Starts checking with {@code completions}; a later call only replaces the completion client
   * (e.g. of a worker factory started again).
   */
  public synchronized void start(ActivityCompletionClient completions) {
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
    if (held.size() >= settings.maxHeld() && !held.containsKey(query.paymentId())) {
      throw ApplicationFailure.newFailure(
          "this worker holds " + settings.maxHeld() + " waiting payments (maxHeld)", FULL);
    }
    held.put(
        query.paymentId(),
        new Registration(
            taskToken, query, progress, heartbeatNanos(heartbeatTimeout), System.nanoTime()));
  }

  /** How many payments this worker holds now. */
  public int held() {
    return held.size();
  }

  /** Heartbeats sent to the server since the start. */
  public long heartbeatsSent() {
    return heartbeats.sum();
  }

  /** Status reads handed to the provider source since the start (one per batch). */
  public long statusReads() {
    return statusCalls.sum();
  }

  private long heartbeatNanos(Duration heartbeatTimeout) {
    long configured = settings.heartbeatInterval().toNanos();
    if (heartbeatTimeout == null || heartbeatTimeout.isZero()) {
      return configured;
    }
    return Math.min(configured, (long) (heartbeatTimeout.toNanos() * HEARTBEAT_SHARE_OF_TIMEOUT));
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      log.error("payment poller tick failed; the next tick tries again", e);
    }
  }

  /** Hands every due read and heartbeat to the threads, in batches. */
  void tick() {
    long now = System.nanoTime();
    List<Registration> reads = new ArrayList<>();
    List<Registration> beats = new ArrayList<>();
    for (Registration registration : held.values()) {
      if (registration.busy) {
        continue;
      }
      if (registration.nextPollAt - now <= 0) {
        registration.busy = true;
        reads.add(registration);
        if (reads.size() == settings.batchSize()) {
          submitReads(reads);
          reads = new ArrayList<>();
        }
      } else if (registration.nextHeartbeatAt - now <= 0) {
        registration.busy = true;
        beats.add(registration);
        if (beats.size() == settings.batchSize()) {
          submitHeartbeats(beats);
          beats = new ArrayList<>();
        }
      }
    }
    if (!reads.isEmpty()) {
      submitReads(reads);
    }
    if (!beats.isEmpty()) {
      submitHeartbeats(beats);
    }
  }

  private void submitReads(List<Registration> batch) {
    workers.execute(() -> read(batch));
  }

  private void submitHeartbeats(List<Registration> batch) {
    workers.execute(
        () -> {
          for (Registration registration : batch) {
            try {
              heartbeat(registration, System.nanoTime());
            } finally {
              registration.busy = false;
            }
          }
        });
  }

  private void read(List<Registration> batch) {
    List<String> ids = new ArrayList<>(batch.size());
    batch.forEach(registration -> ids.add(registration.paymentId));
    statusCalls.increment();
    Map<String, StatusReading> readings;
    try {
      readings = source.read(ids);
    } catch (RuntimeException e) {
      log.error("status read of {} payments failed", ids.size(), e);
      StatusReading failed =
          StatusReading.failed(
              ApplicationFailure.newFailureWithCause(
                  "status read failed: " + e, DownstreamFailureTypes.UNAVAILABLE, e));
      readings = new HashMap<>();
      for (String id : ids) {
        readings.put(id, failed);
      }
    }
    for (Registration registration : batch) {
      try {
        StatusReading reading = readings.get(registration.paymentId);
        if (reading != null) {
          handle(registration, reading, System.nanoTime());
        }
      } catch (RuntimeException e) {
        log.error("payment {}: handling its status failed", registration.paymentId, e);
      } finally {
        registration.busy = false;
      }
    }
  }

  private void handle(Registration registration, StatusReading reading, long now) {
    PaymentSnapshot snapshot = reading.snapshot();
    if (snapshot != null && snapshot.state().isSettled()) {
      log.info(
          "order {}: payment {} settled {} after {} polls",
          registration.orderId,
          registration.paymentId,
          snapshot.state(),
          registration.polls + 1);
      finish(registration, now, () -> completions.complete(registration.taskToken, snapshot));
      return;
    }
    ApplicationFailure failure = reading.failure();
    if (failure != null && failure.isNonRetryable()) {
      finish(
          registration,
          now,
          () -> completions.completeExceptionally(registration.taskToken, failure));
      return;
    }
    PollProgress progress = registration.progress();
    if (snapshot != null) {
      registration.advance(progress.polled(snapshot.state().name(), settings.backoff()), now);
    } else {
      registration.advance(
          progress.unavailable(capped(failure.getNextRetryDelay()), settings.backoff()), now);
      log.warn(
          "order {}: payment {} poll {} failed, next in {}: {}",
          registration.orderId,
          registration.paymentId,
          registration.polls,
          Duration.ofNanos(registration.nextDelayNanos),
          failure.getOriginalMessage());
    }
    if (registration.nextHeartbeatAt - now <= 0) {
      heartbeat(registration, now);
    }
  }

  private Duration capped(Duration retryAfter) {
    Duration max = settings.backoff().maxInterval();
    return retryAfter == null || retryAfter.compareTo(max) <= 0 ? retryAfter : max;
  }

  private void heartbeat(Registration registration, long now) {
    try {
      heartbeats.increment();
      completions.heartbeat(registration.taskToken, registration.progress());
      registration.nextHeartbeatAt = now + registration.heartbeatNanos;
    } catch (ActivityCompletionException e) {
      answered(registration, now, unwrapped(e));
    } catch (io.grpc.StatusRuntimeException e) {
      answered(registration, now, e);
    }
  }

  /** Acts on what a heartbeat was answered with instead of success. */
  private void answered(Registration registration, long now, RuntimeException answer) {
    if (answer instanceof ActivityCanceledException) {
      log.info("order {}: payment wait cancelled", registration.orderId);
      drop(registration);
      quietly(() -> completions.reportCancellation(registration.taskToken, null));
    } else if (answer instanceof ActivityPausedException
        || answer instanceof ActivityResetException) {
      log.info(
          "order {}: payment wait {}; this attempt ends",
          registration.orderId,
          answer instanceof ActivityPausedException ? "paused" : "reset");
      drop(registration);
      quietly(() -> completions.completeExceptionally(registration.taskToken, answer));
    } else if (answer instanceof ActivityNotExistsException) {
      log.info("order {}: payment wait no longer exists; dropped", registration.orderId);
      drop(registration);
    } else {
      log.warn(
          "order {}: heartbeat failed, tried again soon: {}",
          registration.orderId,
          answer.toString());
      registration.nextHeartbeatAt =
          now + Math.min(registration.heartbeatNanos, COMPLETION_RETRY_NANOS);
    }
  }

  /**
   * The answer inside {@code e}: SDK 1.38's completion client wraps cancel, pause and reset in an
   * {@link ActivityCompletionFailureException} (temporalio/sdk-java#2983).
   */
  static RuntimeException unwrapped(ActivityCompletionException e) {
    if (e instanceof ActivityCompletionFailureException
        && e.getCause() instanceof ActivityCompletionException cause) {
      return cause;
    }
    return e;
  }

  /** Runs {@code completion}; on success or when the activity is gone, stops holding it. */
  private void finish(Registration registration, long now, Runnable completion) {
    try {
      completion.run();
      drop(registration);
    } catch (ActivityNotExistsException | ActivityCanceledException e) {
      log.info(
          "order {}: payment wait already over; dropped: {}", registration.orderId, e.toString());
      drop(registration);
    } catch (ActivityCompletionException | io.grpc.StatusRuntimeException e) {
      log.warn(
          "order {}: completing the payment wait failed, read again soon: {}",
          registration.orderId,
          e.toString());
      registration.nextPollAt = now + COMPLETION_RETRY_NANOS;
    }
  }

  private void drop(Registration registration) {
    held.remove(registration.paymentId, registration);
  }

  private static void quietly(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.debug("ignored: {}", e.toString());
    }
  }

  /**
   * Stops checking, then fails every held activity retryably ({@value #STOPPED}) so that another
   * worker resumes it from its last heartbeat without waiting for its heartbeat timeout; gives up
   * on what is left after {@code deadline}.
   */
  public void close(Duration deadline) {
    scheduler.shutdownNow();
    ActivityCompletionClient client = completions;
    if (client != null) {
      long end = System.nanoTime() + deadline.toNanos();
      List<Registration> left = new ArrayList<>(held.values());
      held.clear();
      int handedOn = 0;
      for (Registration registration : left) {
        if (System.nanoTime() - end > 0) {
          break;
        }
        try {
          client.completeExceptionally(
              registration.taskToken,
              ApplicationFailure.newFailure("the worker holding this payment stopped", STOPPED));
          handedOn++;
        } catch (RuntimeException e) {
          log.debug("payment {} not handed on: {}", registration.paymentId, e.toString());
        }
      }
      log.info(
          "payment poller stopped; handed on {} of {} waiting payments", handedOn, left.size());
    }
    workers.shutdownNow();
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
