package dev.ordersaga.activities.payments;

import dev.ordersaga.telemetry.logging.LogContext;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heartbeats held payments with their {@link PollProgress} and acts on what the server answers
 * ({@link HeartbeatAnswer}): a cancel is reported and the payment dropped; a pause or reset fails
 * the attempt with it and drops the payment; an activity the server no longer knows is dropped; any
 * other failure is tried again within {@link #RETRY_NANOS}.
 */
final class Heartbeats {
  /** How soon a failed heartbeat or completion is tried again, at the latest. */
  static final long RETRY_NANOS = 5_000_000_000L;

  private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

  private final Supplier<PaymentCompletions> completions;
  private final HeldPayments held;
  private final LongAdder sent = new LongAdder();

  Heartbeats(Supplier<PaymentCompletions> completions, HeldPayments held) {
    this.completions = completions;
    this.held = held;
  }

  /** Heartbeats sent since the start. */
  long sent() {
    return sent.sum();
  }

  /**
   * Heartbeats each of {@code batch} that is still the current attempt of its payment, then clears
   * its {@link Registration#beating}.
   */
  void sendAll(List<Registration> batch) {
    for (Registration registration : batch) {
      try {
        if (held.isCurrent(registration)) {
          send(registration, System.nanoTime());
        }
      } finally {
        registration.beating = false;
      }
    }
  }

  /** Heartbeats {@code registration} now; on success its next one is due a heartbeat later. */
  void send(Registration registration, long now) {
    try {
      sent.increment();
      completions.get().heartbeat(registration.taskToken, registration.progress());
      registration.nextHeartbeatAt = now + registration.heartbeatNanos;
    } catch (io.temporal.client.ActivityCompletionException | io.grpc.StatusRuntimeException e) {
      answered(registration, now, HeartbeatAnswer.unwrapped(e));
    }
  }

  private void answered(Registration registration, long now, RuntimeException answer) {
    try (LogContext ignored = registration.logContext()) {
      answer(registration, now, answer);
    }
  }

  private void answer(Registration registration, long now, RuntimeException answer) {
    PaymentCompletions client = completions.get();
    switch (HeartbeatAnswer.of(answer)) {
      case CANCELLED -> {
        log.info("order {}: payment wait cancelled", registration.orderId);
        held.drop(registration);
        quietly(() -> client.cancel(registration.taskToken));
      }
      case ATTEMPT_OVER -> {
        log.info(
            "order {}: payment wait {}; this attempt ends",
            registration.orderId,
            answer instanceof io.temporal.client.ActivityPausedException ? "paused" : "reset");
        held.drop(registration);
        quietly(() -> client.fail(registration.taskToken, answer));
      }
      case GONE -> {
        log.info("order {}: payment wait no longer exists; dropped", registration.orderId);
        held.drop(registration);
      }
      case TRY_AGAIN -> {
        log.warn(
            "order {}: heartbeat failed, tried again soon: {}",
            registration.orderId,
            answer.toString());
        registration.nextHeartbeatAt = now + Math.min(registration.heartbeatNanos, RETRY_NANOS);
      }
    }
  }

  private static void quietly(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.debug("ignored: {}", e.toString());
    }
  }
}
