package dev.ordersaga.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Free loopback ports, so tests and the benchmark never collide with a running `make up`. */
public final class FreePorts {
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePorts() {}

  /**
   * A loopback port below 32768 that is free now and not handed out before by this JVM: for
   * Temporal's membership ports, which its SQL schema stores as {@code smallint}. Ports below the
   * kernel's ephemeral range are also never taken by an outgoing connection meanwhile.
   */
  public static int nextLow() {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      if (HANDED_OUT.add(port)) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
          socket.setReuseAddress(true);
          return port;
        } catch (IOException taken) {
          HANDED_OUT.remove(port);
        }
      }
    }
    throw new IllegalStateException("no free loopback port between 20000 and 32000");
  }

  public static int next() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
