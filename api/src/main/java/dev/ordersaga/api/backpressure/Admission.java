package dev.ordersaga.api.backpressure;

import java.time.Duration;

/**
 * Whether a new order may be started now.
 *
 * @param queue the queue over the threshold, or null when admitted
 * @param retryAfter how long the client should wait before trying again, or null when admitted
 */
public record Admission(boolean admitted, String queue, long backlog, Duration retryAfter) {
  private static final Admission ADMITTED = new Admission(true, null, 0, null);

  public static Admission admit() {
    return ADMITTED;
  }

  public static Admission refuse(String queue, long backlog, Duration retryAfter) {
    return new Admission(false, queue, backlog, retryAfter);
  }
}
