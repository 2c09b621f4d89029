package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * A SERVER span per Jersey request ({@code environment.jersey().register(new
 * ServerSpans(openTelemetry))}), child of the caller's {@code traceparent} when it sends one, named
 * {@code METHOD /uri/template} once the request is matched, with {@code http.response.status_code}
 * ({@link RequestSpan}).
 */
public final class ServerSpans implements ApplicationEventListener {
  private final Tracer tracer;
  private final TextMapPropagator propagator;

  public ServerSpans(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("dev.ordersaga.http-server");
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    return RequestSpan.start(tracer, propagator, start.getContainerRequest());
  }
}
