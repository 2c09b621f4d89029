package dev.ordersaga.bench.report;

/**
 * The footprint of the two workers that hold parked orders, with {@code parked} orders awaiting
 * payment: heap after a full GC (MB) and OS threads of the {@code orders} worker and of the {@code
 * payment-status} worker.
 */
public record ParkedSample(
    long parked,
    double ordersHeapMb,
    int ordersThreads,
    double paymentStatusHeapMb,
    int paymentStatusThreads) {

  public double heapMb() {
    return Math.round((ordersHeapMb + paymentStatusHeapMb) * 10) / 10.0;
  }

  public int threads() {
    return ordersThreads + paymentStatusThreads;
  }
}
