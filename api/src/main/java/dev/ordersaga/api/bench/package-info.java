/**
 * Benchmark-only: the synchronous baseline {@code POST /bench/sync-orders}, off by default ({@code
 * syncBaseline.enabled}), which {@code make bench} compares with the asynchronous front door.
 */
package dev.ordersaga.api.bench;
