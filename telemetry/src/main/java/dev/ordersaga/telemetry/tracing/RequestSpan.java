package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.List;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The server span of one request: started, and current on the request's thread, when Jersey starts
 * it; renamed to its route when matched; ended, with the status code, when Jersey finishes it. An
 * answer of 500 or more marks it an error.
 */
final class RequestSpan implements RequestEventListener {
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
  static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");

  private final Span span;
  private final Scope scope;
  private final TraceMdc mdc;
  private final String method;

  private RequestSpan(Span span, String method) {
    this.span = span;
    this.method = method;
    this.scope = span.makeCurrent();
    this.mdc = TraceMdc.of(span);
  }

  static RequestSpan start(Tracer tracer, TextMapPropagator propagator, ContainerRequest request) {
    Context parent = propagator.extract(Context.root(), request, RequestHeaders.INSTANCE);
    String method = request.getMethod();
    Span span =
        tracer
            .spanBuilder(method)
            .setParent(parent)
            .setSpanKind(SpanKind.SERVER)
            .setAttribute(METHOD, method)
            .setAttribute(PATH, "/" + request.getPath(false))
            .startSpan();
    return new RequestSpan(span, method);
  }

  @Override
  public void onEvent(RequestEvent event) {
    switch (event.getType()) {
      case REQUEST_MATCHED -> {
        String route = routeOf(event.getUriInfo().getMatchedTemplates());
        span.setAttribute(ROUTE, route);
        span.updateName(method + " " + route);
      }
      case FINISHED -> finish(event);
      default -> {}
    }
  }

  private void finish(RequestEvent event) {
    ContainerResponse response = event.getContainerResponse();
    int status = response == null ? 500 : response.getStatus();
    span.setAttribute(STATUS_CODE, status);
    if (event.getException() != null) {
      span.recordException(event.getException());
    }
    if (status >= 500) {
      span.setStatus(StatusCode.ERROR);
    }
    mdc.close();
    scope.close();
    span.end();
  }

  /** {@code /orders/{orderId}/cancel} from the templates Jersey matched, the last one first. */
  static String routeOf(List<UriTemplate> matched) {
    StringBuilder route = new StringBuilder();
    for (int i = matched.size() - 1; i >= 0; i--) {
      String template = matched.get(i).getTemplate();
      if (!template.isEmpty() && !template.equals("/")) {
        route.append('/').append(template.replaceAll("^/+|/+$", ""));
      }
    }
    return route.isEmpty() ? "/" : route.toString();
  }

  private enum RequestHeaders implements TextMapGetter<ContainerRequest> {
    INSTANCE;

    @Override
    public Iterable<String> keys(ContainerRequest request) {
      return request.getHeaders().keySet();
    }

    @Override
    public String get(ContainerRequest request, String key) {
      return request == null ? null : request.getHeaderString(key);
    }
  }
}
