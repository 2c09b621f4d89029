package dev.ordersaga.sandbox.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The current fault of each system (none has one at startup), and how many of its calls are waiting
 * out their latency right now. Thread-safe.
 */
public final class FaultRegistry {
  private final Map<SystemName, FaultSetting> settings = new ConcurrentHashMap<>();
  private final Map<SystemName, AtomicInteger> waiting = new EnumMap<>(SystemName.class);

  /** A registry without faults. */
  public FaultRegistry() {
    for (SystemName system : SystemName.values()) {
      waiting.put(system, new AtomicInteger());
    }
  }

  /** How many calls of {@code system} are waiting out their latency now. */
  public int waiting(SystemName system) {
    return waiting.get(system).get();
  }

  /** Runs {@code wait} counted as one call of {@code system} waiting. */
  void whileWaiting(SystemName system, Runnable wait) {
    AtomicInteger count = waiting.get(system);
    count.incrementAndGet();
    try {
      wait.run();
    } finally {
      count.decrementAndGet();
    }
  }

  /** The fault of {@code system}. */
  public FaultSetting get(SystemName system) {
    return settings.getOrDefault(system, FaultSetting.NONE);
  }

  /** Sets the fault of {@code system}. */
  public void set(SystemName system, FaultSetting setting) {
    settings.put(system, setting);
  }

  /** Clears every system's fault. */
  public void clear() {
    settings.clear();
  }

  /** Every system's fault. */
  public Map<SystemName, FaultSetting> all() {
    Map<SystemName, FaultSetting> all = new EnumMap<>(SystemName.class);
    for (SystemName system : SystemName.values()) {
      all.put(system, get(system));
    }
    return all;
  }
}
