package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamFailureTypes;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.telemetry.logging.LogContext;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a batch of held payments from the provider in one call and acts on each reading: a settled
 * payment completes its activity, a non-retryable failure fails it (either drops the payment once
 * the server took it, or reads it again within {@link Heartbeats#RETRY_NANOS} when the server could
 * not be told); anything else advances its {@link PollProgress}, which the heartbeat lane ({@link
 * Heartbeats}) reports. A registration replaced by a newer attempt of its payment is not read. A
 * batch whose read throws counts as {@link DownstreamFailureTypes#UNAVAILABLE} for each payment.
 */
final class StatusCheck {
  private static final Logger log = LoggerFactory.getLogger(StatusCheck.class);

  private final PaymentStatusSource source;
  private final PollBackoff backoff;
  private final Supplier<PaymentCompletions> completions;
  private final HeldPayments held;
  private final LongAdder reads = new LongAdder();

  StatusCheck(
      PaymentStatusSource source,
      PollBackoff backoff,
      Supplier<PaymentCompletions> completions,
      HeldPayments held) {
    this.source = source;
    this.backoff = backoff;
    this.completions = completions;
    this.held = held;
  }

  /** Status reads handed to the source since the start (one per batch). */
  long reads() {
    return reads.sum();
  }

  /**
   * Reads and handles the registrations of {@code batch} that are still current, then clears each
   * one's {@link Registration#reading}.
   */
  void check(List<Registration> batch) {
    List<Registration> current = new ArrayList<>(batch.size());
    for (Registration registration : batch) {
      if (held.isCurrent(registration)) {
        current.add(registration);
      } else {
        registration.reading = false;
      }
    }
    if (current.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(current.size());
    current.forEach(registration -> ids.add(registration.paymentId));
    Map<String, StatusReading> readings = read(ids);
    for (Registration registration : current) {
      try (LogContext ignored = registration.logContext()) {
        StatusReading reading = readings.get(registration.paymentId);
        if (reading != null) {
          handle(registration, reading, System.nanoTime());
        }
      } catch (RuntimeException e) {
        log.error("payment {}: handling its status failed", registration.paymentId, e);
      } finally {
        registration.reading = false;
      }
    }
  }

  private Map<String, StatusReading> read(List<String> ids) {
    reads.increment();
    try {
      return source.read(ids);
    } catch (RuntimeException e) {
      log.error("status read of {} payments failed", ids.size(), e);
      StatusReading failed =
          StatusReading.failed(
              ApplicationFailure.newFailureWithCause(
                  "status read failed: " + e, DownstreamFailureTypes.UNAVAILABLE, e));
      Map<String, StatusReading> readings = new HashMap<>();
      for (String id : ids) {
        readings.put(id, failed);
      }
      return readings;
    }
  }

  private void handle(Registration registration, StatusReading reading, long now) {
    PaymentSnapshot snapshot = reading.snapshot();
    if (snapshot != null && snapshot.state().isSettled()) {
      if (registration.settledAt == 0) {
        registration.settledAt = now;
      }
      log.info(
          "order {}: payment {} settled {} after {} polls",
          registration.orderId,
          registration.paymentId,
          snapshot.state(),
          registration.polls + 1);
      finish(registration, now, () -> completions.get().complete(registration.taskToken, snapshot));
      return;
    }
    ApplicationFailure failure = reading.failure();
    if (failure != null && failure.isNonRetryable()) {
      finish(registration, now, () -> completions.get().fail(registration.taskToken, failure));
      return;
    }
    PollProgress progress = registration.progress();
    if (snapshot != null) {
      registration.advance(progress.polled(snapshot.state().name(), backoff), now);
    } else {
      registration.advance(progress.unavailable(failure.getNextRetryDelay(), backoff), now);
      log.warn(
          "order {}: payment {} poll {} failed, next in {}: {}",
          registration.orderId,
          registration.paymentId,
          registration.polls,
          Duration.ofNanos(registration.nextDelayNanos),
          failure.getOriginalMessage());
    }
  }

  /** Runs {@code completion}; on success or when the activity is gone, stops holding it. */
  private void finish(Registration registration, long now, Runnable completion) {
    try {
      completion.run();
      held.drop(registration);
    } catch (ActivityNotExistsException | ActivityCanceledException e) {
      log.info(
          "order {}: payment wait already over; dropped: {}", registration.orderId, e.toString());
      held.drop(registration);
    } catch (ActivityCompletionException | io.grpc.StatusRuntimeException e) {
      log.warn(
          "order {}: completing the payment wait failed, read again soon: {}",
          registration.orderId,
          e.toString());
      registration.nextPollAt = now + Heartbeats.RETRY_NANOS;
    }
  }
}
