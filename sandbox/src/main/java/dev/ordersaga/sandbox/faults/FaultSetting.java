package dev.ordersaga.sandbox.faults;

/**
 * The injected fault of one system.
 *
 * @param outage every call answers {@code 503} with {@code Retry-After}
 * @param failureRate the share (0..1) of calls answering {@code 503} with {@code Retry-After}
 * @param latencyMs every call waits this long first
 * @param retryAfterSeconds the {@code Retry-After} of those {@code 503}s
 * @param drop whether calls lose their connection instead of an answer
 */
public record FaultSetting(
    boolean outage,
    double failureRate,
    long latencyMs,
    int retryAfterSeconds,
    ConnectionDrop drop) {
  /** A healthy system. */
  public static final FaultSetting NONE = new FaultSetting(false, 0, 0, 1, ConnectionDrop.NONE);
}
