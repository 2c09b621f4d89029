package dev.ordersaga.bench.report;

import java.util.List;

/**
 * One round of a side-by-side phase: what the stack measured while it ran one variant (e.g.
 * payloads {@code encrypted} or {@code plain}).
 *
 * @param saga saga throughput through the Temporal client, with CPU per process and per order
 * @param frontDoor {@code POST /orders} at each level, sandbox at realistic latencies
 */
public record VariantRound(String variant, ThroughputResult saga, List<FrontDoorLevel> frontDoor) {}
