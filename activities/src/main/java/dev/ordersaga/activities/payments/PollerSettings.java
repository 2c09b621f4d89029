package dev.ordersaga.activities.payments;

import java.time.Duration;
import java.util.Objects;

/**
 * How one worker's {@link PaymentPoller} holds and checks waiting payments.
 *
 * @param backoff the wait between two status reads of one payment
 * @param heartbeatInterval how often each waiting payment heartbeats the server (at most 0.8 × its
 *     attempt's heartbeat timeout): the server's cost of a waiting payment
 * @param batchSize the most payments read in one call of the provider (and heartbeated by one task)
 * @param batchStatus whether the provider reads many payments in one call ({@code POST
 *     /payments/status}); else one {@code GET /payments/{id}} each
 * @param maxHeld the most payments one worker holds; an {@code await} beyond it fails retryably
 *     ({@code PaymentPollerFull}) and is retried, by this worker or another, with its policy's
 *     backoff
 * @param threads the threads that read statuses and talk to the server
 */
public record PollerSettings(
    PollBackoff backoff,
    Duration heartbeatInterval,
    int batchSize,
    boolean batchStatus,
    int maxHeld,
    int threads) {

  private static final Duration LONGEST_TICK = Duration.ofSeconds(1);
  private static final Duration SHORTEST_TICK = Duration.ofMillis(10);
  private static final double HEARTBEAT_SHARE_OF_TIMEOUT = 0.8;

  public PollerSettings {
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
      throw new IllegalArgumentException(
          "heartbeatInterval must be positive: " + heartbeatInterval);
    }
    if (batchSize < 1 || maxHeld < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "batchSize, maxHeld and threads must be positive: "
              + batchSize
              + ", "
              + maxHeld
              + ", "
              + threads);
    }
  }

  /**
   * Polls 1 s doubling to 30 s, a heartbeat every 10 s, 100 payments per read, the batch read,
   * 100,000 payments, 4 threads.
   */
  public static PollerSettings defaults() {
    return new PollerSettings(
        PollBackoff.defaults(), Duration.ofSeconds(10), 100, true, 100_000, 4);
  }

  /**
   * How often the poller looks for due payments: half the shorter of the first poll wait and the
   * heartbeat interval, between 10 ms and 1 s.
   */
  Duration tick() {
    Duration shorter =
        backoff.initialInterval().compareTo(heartbeatInterval) < 0
            ? backoff.initialInterval()
            : heartbeatInterval;
    Duration half = shorter.dividedBy(2);
    if (half.compareTo(LONGEST_TICK) > 0) {
      return LONGEST_TICK;
    }
    return half.compareTo(SHORTEST_TICK) < 0 ? SHORTEST_TICK : half;
  }

  /**
   * The heartbeat interval of an attempt, in nanoseconds: {@link #heartbeatInterval}, at most 0.8 ×
   * {@code heartbeatTimeout} (null or zero when the attempt has none).
   */
  long heartbeatNanos(Duration heartbeatTimeout) {
    long configured = heartbeatInterval.toNanos();
    if (heartbeatTimeout == null || heartbeatTimeout.isZero()) {
      return configured;
    }
    return Math.min(configured, (long) (heartbeatTimeout.toNanos() * HEARTBEAT_SHARE_OF_TIMEOUT));
  }
}
