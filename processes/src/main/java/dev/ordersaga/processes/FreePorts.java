package dev.ordersaga.processes;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports, so tests and the benchmark never collide with a running `make up`, with each other,
 * or with outgoing connections.
 *
 * <p>Ports come from a range outside the kernel's ephemeral range (outgoing connections take their
 * source ports from there), are handed out at most once per JVM, and are checked to be bindable on
 * every address when handed out. Each JVM starts at a random point of the range, so two JVMs
 * picking ports at the same time rarely meet.
 */
public final class FreePorts {
  private static final FreePorts SHARED = startingAnywhere(PortRange.outsideKernelEphemeral());

  private final PortRange range;
  private final int start;
  private int handedOut;

  FreePorts(PortRange range, int start) {
    if (!range.contains(start)) {
      throw new IllegalArgumentException(start + " is not in " + range);
    }
    this.range = range;
    this.start = start;
  }

  static FreePorts startingAnywhere(PortRange range) {
    return new FreePorts(range, range.first() + ThreadLocalRandom.current().nextInt(range.size()));
  }

  /** A port no one listens on, never returned before in this JVM. */
  public static int next() {
    return SHARED.take();
  }

  /**
   * A port like {@link #next} below 32768: for Temporal's membership ports, which its SQL schema
   * stores as {@code smallint}.
   *
   * @throws IllegalStateException when the range has no such port left
   */
  public static int nextLow() {
    while (true) {
      int port = next();
      if (port < 32_768) {
        return port;
      }
    }
  }

  /** Whether something accepts connections on loopback {@code port} now. */
  public static boolean isListening(int port) {
    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  /**
   * The next port of the range, walking once round it from the start, that was not handed out
   * before and can be bound now.
   *
   * @throws IllegalStateException once every port of the range was handed out or is taken
   */
  synchronized int take() {
    while (handedOut < range.size()) {
      int port = range.first() + (start - range.first() + handedOut) % range.size();
      handedOut++;
      if (bindable(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port left in " + range);
  }

  private static boolean bindable(int port) {
    return bindable(new InetSocketAddress(port))
        && bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  private static boolean bindable(InetSocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(address, 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
