package dev.ordersaga.activities.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The waiting payments one worker holds, by payment id, and which of them are due. A registration
 * handed out by {@link #takeDue} is marked {@link Registration#busy} and is not handed out again
 * until its taker clears that flag.
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
   * Hands every idle registration due at {@code now} on, in lists of at most {@code batchSize}: to
   * {@code reads} when its status read is due, else to {@code beats} when its heartbeat is.
   */
  void takeDue(
      long now,
      int batchSize,
      Consumer<List<Registration>> reads,
      Consumer<List<Registration>> beats) {
    List<Registration> dueReads = new ArrayList<>();
    List<Registration> dueBeats = new ArrayList<>();
    for (Registration registration : held.values()) {
      if (registration.busy) {
        continue;
      }
      if (registration.nextPollAt - now <= 0) {
        registration.busy = true;
        dueReads.add(registration);
        if (dueReads.size() == batchSize) {
          reads.accept(dueReads);
          dueReads = new ArrayList<>();
        }
      } else if (registration.nextHeartbeatAt - now <= 0) {
        registration.busy = true;
        dueBeats.add(registration);
        if (dueBeats.size() == batchSize) {
          beats.accept(dueBeats);
          dueBeats = new ArrayList<>();
        }
      }
    }
    if (!dueReads.isEmpty()) {
      reads.accept(dueReads);
    }
    if (!dueBeats.isEmpty()) {
      beats.accept(dueBeats);
    }
  }
}
