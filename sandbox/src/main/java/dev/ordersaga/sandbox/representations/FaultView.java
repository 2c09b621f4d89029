package dev.ordersaga.sandbox.representations;

/**
 * The injected fault of one system, as the admin API answers it.
 *
 * @param waiting how many calls of the system are waiting out their latency right now
 */
public record FaultView(
    String system,
    boolean outage,
    double failureRate,
    long latencyMs,
    int retryAfterSeconds,
    String drop,
    int waiting) {}
