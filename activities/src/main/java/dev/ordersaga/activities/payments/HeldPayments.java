package dev.ordersaga.activities.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The waiting payments one worker holds, by payment id, and which of them are due. Reads and
 * heartbeats are handed out on separate lanes: a registration handed out for a read is marked
 * {@link Registration#reading}, for a heartbeat {@link Registration#beating}, and is not handed out
 * on that lane again until its taker clears the flag.
 */
final class HeldPayments {
  private final Map<String, Registration> held = new ConcurrentHashMap<>();
  private final int max;

  /** Holds at most {@code max} payments. */
  HeldPayments(int max) {
    this.max = max;
  }

  /**
   * Holds {@code registration}, replacing an older one of the same payment.
   *
   * @return false, holding nothing, when {@code max} other payments are held
   */
  boolean hold(Registration registration) {
    if (held.size() >= max && !held.containsKey(registration.paymentId)) {
      return false;
    }
    held.put(registration.paymentId, registration);
    return true;
  }

  /** Stops holding {@code registration}, unless a newer one of its payment replaced it. */
  void drop(Registration registration) {
    held.remove(registration.paymentId, registration);
  }

  /** Whether {@code registration} is still the one held for its payment (no newer attempt). */
  boolean isCurrent(Registration registration) {
    return held.get(registration.paymentId) == registration;
  }

  /** How many held payments were read settled at least {@code nanos} before {@code now}. */
  int settledBefore(long now, long nanos) {
    int count = 0;
    for (Registration registration : held.values()) {
      long settledAt = registration.settledAt;
      if (settledAt != 0 && now - settledAt >= nanos) {
        count++;
      }
    }
    return count;
  }

  int size() {
    return held.size();
  }

  /** Stops holding every payment and returns them. */
  List<Registration> takeAll() {
    List<Registration> all = new ArrayList<>(held.values());
    held.clear();
    return all;
  }

  /**
   * Hands every registration due at {@code now} on, in lists of at most {@code batchSize}: to
   * {@code reads} when its status read is due and no read of it is under way, and, independently,
   * to {@code beats} when its heartbeat is due and no heartbeat of it is under way.
   */
  void takeDue(
      long now,
      int batchSize,
      Consumer<List<Registration>> reads,
      Consumer<List<Registration>> beats) {
    Lane readLane = new Lane(batchSize, reads);
    Lane beatLane = new Lane(batchSize, beats);
    for (Registration registration : held.values()) {
      if (!registration.reading && registration.nextPollAt - now <= 0) {
        registration.reading = true;
        readLane.add(registration);
      }
      if (!registration.beating && registration.nextHeartbeatAt - now <= 0) {
        registration.beating = true;
        beatLane.add(registration);
      }
    }
    readLane.flush();
    beatLane.flush();
  }

  /** Collects registrations into batches for one consumer. */
  private static final class Lane {
    private final int batchSize;
    private final Consumer<List<Registration>> consumer;
    private List<Registration> batch = new ArrayList<>();

    Lane(int batchSize, Consumer<List<Registration>> consumer) {
      this.batchSize = batchSize;
      this.consumer = consumer;
    }

    void add(Registration registration) {
      batch.add(registration);
      if (batch.size() == batchSize) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty()) {
        consumer.accept(batch);
        batch = new ArrayList<>();
      }
    }
  }
}
