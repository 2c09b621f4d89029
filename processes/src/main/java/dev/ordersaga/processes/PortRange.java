package dev.ordersaga.processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An inclusive range of TCP ports.
 *
 * @param first the lowest port in the range
 * @param last the highest port in the range, not below {@code first}
 */
public record PortRange(int first, int last) {
  static final int LOWEST = 10_000;
  static final int HIGHEST = 65_535;
  private static final String LINUX_DEFAULT_EPHEMERAL = "32768 60999";
  private static final Path KERNEL_EPHEMERAL = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  public PortRange {
    if (first < 1 || last > HIGHEST || last < first) {
      throw new IllegalArgumentException("not a port range: " + first + "-" + last);
    }
  }

  public int size() {
    return last - first + 1;
  }

  public boolean contains(int port) {
    return port >= first && port <= last;
  }

  /**
   * The larger of the two gaps between {@value #LOWEST}..{@value #HIGHEST} and the given ephemeral
   * range, so ports handed out from it are never taken by the source port of an outgoing
   * connection.
   *
   * @param ephemeral the kernel's ephemeral range as in {@code ip_local_port_range}, e.g. {@code
   *     "32768\t60999"}
   * @throws IllegalArgumentException if the ephemeral range leaves no gap
   */
  public static PortRange outside(String ephemeral) {
    String[] bounds = ephemeral.trim().split("\\s+");
    int low = Integer.parseInt(bounds[0]);
    int high = Integer.parseInt(bounds[1]);
    int below = Math.min(low, HIGHEST + 1) - LOWEST;
    int above = HIGHEST - Math.max(high, LOWEST - 1);
    if (below <= 0 && above <= 0) {
      throw new IllegalArgumentException("no ports outside the ephemeral range " + ephemeral);
    }
    return below >= above
        ? new PortRange(LOWEST, low - 1)
        : new PortRange(Math.max(high + 1, LOWEST), HIGHEST);
  }

  /** The range outside this machine's ephemeral range, or Linux's default one if unreadable. */
  public static PortRange outsideKernelEphemeral() {
    try {
      return outside(Files.readString(KERNEL_EPHEMERAL));
    } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return outside(LINUX_DEFAULT_EPHEMERAL);
    }
  }
}
