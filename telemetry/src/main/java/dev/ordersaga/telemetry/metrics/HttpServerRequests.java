package dev.ordersaga.telemetry.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.time.Duration;

/**
 * The HTTP server timer, {@code http_server_requests_seconds}, with the labels Jersey's Micrometer
 * listener gives it ({@code method}, {@code uri} as the route, not the path asked for, {@code
 * status}, {@code outcome}, {@code exception}), for a server that is not Jersey.
 */
public final class HttpServerRequests {
  /** Micrometer's name of the timer; Prometheus shows it with {@code _seconds}. */
  public static final String NAME = "http.server.requests";

  private HttpServerRequests() {}

  /** Records one request to {@code route} answered with {@code status} after {@code took}. */
  public static void record(
      MeterRegistry registry, String method, String route, int status, Duration took) {
    Timer.builder(NAME)
        .tag("method", method)
        .tag("uri", route)
        .tag("status", Integer.toString(status))
        .tag("outcome", Outcome.forStatus(status).name())
        .tag("exception", "None")
        .register(registry)
        .record(took);
  }
}
