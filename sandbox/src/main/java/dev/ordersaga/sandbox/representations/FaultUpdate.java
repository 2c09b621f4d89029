package dev.ordersaga.sandbox.representations;

import dev.ordersaga.sandbox.faults.ConnectionDrop;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The body of {@code PUT /admin/faults/{system}}; it replaces the system's whole fault, and an
 * absent field takes its default.
 *
 * @param outage every call answers {@code 503}; default false
 * @param failureRate share (0..1) of calls answering {@code 503}; default 0
 * @param latencyMs every call waits this long first, at most one minute; default 0
 * @param retryAfterSeconds the {@code Retry-After} of those {@code 503}s; default 1
 * @param drop an extension: {@code BEFORE} or {@code AFTER} drops the connection instead of
 *     answering; default {@code NONE}
 */
public record FaultUpdate(
    Boolean outage,
    @DecimalMin("0.0") @DecimalMax("1.0") Double failureRate,
    @Min(0) @Max(60_000) Long latencyMs,
    @Min(0) @Max(3600) Integer retryAfterSeconds,
    ConnectionDrop drop) {}
