package dev.ordersaga.bench.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * CPU used by each named process and its descendants that are not named themselves ({@link
 * ProcessCpu#treeSeconds}) between {@link #start} and {@link #stop}, as cores (CPU seconds per wall
 * second): 1.0 is one core busy all the time.
 */
public final class CpuMeter {
  private final Supplier<Map<String, Long>> processes;
  private Map<String, Long> pids;
  private final Map<String, Double> before = new LinkedHashMap<>();
  private long startedNanos;

  /**
   * @param processes the pids to watch, by name, read again at each start (workers get replaced)
   */
  public CpuMeter(Supplier<Map<String, Long>> processes) {
    this.processes = processes;
  }

  public void start() {
    pids = processes.get();
    before.clear();
    pids.forEach((name, pid) -> before.put(name, cpuSeconds(pid)));
    startedNanos = System.nanoTime();
  }

  /** Cores used by each process since {@link #start}, by name, rounded to 0.01. */
  public Map<String, Double> stop() {
    double wall = (System.nanoTime() - startedNanos) / 1e9;
    Map<String, Double> cores = new LinkedHashMap<>();
    pids.forEach(
        (name, pid) ->
            cores.put(name, Math.round((cpuSeconds(pid) - before.get(name)) / wall * 100) / 100.0));
    return cores;
  }

  private double cpuSeconds(long pid) {
    return ProcessCpu.treeSeconds(pid, Set.copyOf(pids.values()));
  }
}
