package dev.ordersaga.sandbox.representations;

/** The injected fault of one system, as the admin API answers it. */
public record FaultView(
    String system,
    boolean outage,
    double failureRate,
    long latencyMs,
    int retryAfterSeconds,
    String drop) {}
