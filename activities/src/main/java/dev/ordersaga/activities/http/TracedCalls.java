package dev.ordersaga.activities.http;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.okhttp.v3_0.OkHttpTelemetry;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The workers' HTTP calls to the providers: inside a span (an activity attempt's), each call is a
 * CLIENT span of its own and sends {@code traceparent}, so the provider continues the order's
 * trace. Calls made outside any span (the payment poller's batched status reads, which serve many
 * orders at once) go untraced rather than each starting a trace of its own.
 */
public final class TracedCalls implements Call.Factory {
  private final OkHttpClient plain;
  private final Call.Factory traced;

  private TracedCalls(OkHttpClient plain, Call.Factory traced) {
    this.plain = plain;
    this.traced = traced;
  }

  /** Calls on {@code client}, traced with {@code openTelemetry}. */
  public static TracedCalls of(OkHttpClient client, OpenTelemetry openTelemetry) {
    return new TracedCalls(client, OkHttpTelemetry.create(openTelemetry).createCallFactory(client));
  }

  @Override
  public Call newCall(Request request) {
    return Span.current().getSpanContext().isValid()
        ? traced.newCall(request)
        : plain.newCall(request);
  }
}
