package dev.ordersaga.worker;

/**
 * Where the Temporal service is.
 *
 * @param address host:port of the frontend, e.g. {@code 127.0.0.1:7233}
 */
public record TemporalSettings(String address, String namespace) {
  public TemporalSettings {
    if (address == null || address.isBlank()) {
      address = "127.0.0.1:7233";
    }
    if (namespace == null || namespace.isBlank()) {
      namespace = "default";
    }
  }
}
