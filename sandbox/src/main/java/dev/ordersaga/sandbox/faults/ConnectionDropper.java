package dev.ordersaga.sandbox.faults;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Closes the TCP connection of a request abruptly, so the client gets no answer at all. Needs
 * {@link ConnectionCaptureFilter} in front of Jersey.
 */
final class ConnectionDropper {
  /** The request attribute holding the action that closes the request's connection. */
  static final String ATTRIBUTE = ConnectionDropper.class.getName() + ".close";

  private ConnectionDropper() {}

  /** Closes the connection {@code request} arrived on. */
  static void drop(ContainerRequestContext request) {
    if (!(request.getProperty(ATTRIBUTE) instanceof Runnable close)) {
      throw new IllegalStateException("ConnectionCaptureFilter is not installed");
    }
    close.run();
  }
}
