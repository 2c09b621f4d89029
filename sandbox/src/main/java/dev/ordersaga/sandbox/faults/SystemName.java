package dev.ordersaga.sandbox.faults;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The downstream systems the sandbox stands in for, each owning a path prefix. */
public enum SystemName {
  RECORDS("records"),
  INVENTORY("inventory"),
  PAYMENTS("payments"),
  SHIPPING("shipments"),
  NOTIFICATIONS("notifications"),
  RISK("risk");

  private final String pathPrefix;

  SystemName(String pathPrefix) {
    this.pathPrefix = pathPrefix;
  }

  /** The name used in the admin API and in configuration, e.g. {@code shipping}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The system named {@code wireName} ({@code records}, {@code inventory}, ...). */
  public static Optional<SystemName> byWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(wireName)).findFirst();
  }

  /** The system serving {@code path} (relative to the application root), if any. */
  public static Optional<SystemName> owning(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    int slash = relative.indexOf('/');
    String first = slash < 0 ? relative : relative.substring(0, slash);
    return Arrays.stream(values()).filter(s -> s.pathPrefix.equals(first)).findFirst();
  }

  /**
   * Every system's wire name, in declaration order, for messages: {@code records, inventory, ...}.
   */
  public static String wireNames() {
    return Arrays.stream(values()).map(SystemName::wireName).collect(Collectors.joining(", "));
  }
}
