package dev.ordersaga.sandbox.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The current fault of each system; none has one at startup. Thread-safe. */
public final class FaultRegistry {
  private final Map<SystemName, FaultSetting> settings = new ConcurrentHashMap<>();

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
