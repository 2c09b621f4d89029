package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) as Temporal header fields of the
 * same names, each a JSON string payload (never encrypted by the payload codec: it names no order
 * data).
 */
final class TemporalHeaders {
  private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
  private static final DataConverter JSON = DataConverter.getDefaultInstance();

  private TemporalHeaders() {}

  /** The W3C fields of {@code context}'s span; empty when it has none. */
  static Map<String, String> fieldsOf(Context context) {
    Map<String, String> fields = new HashMap<>();
    W3C.inject(context, fields, Map::put);
    return fields;
  }

  /** {@code fields} as header payloads. */
  static Map<String, Payload> toHeader(Map<String, String> fields) {
    Map<String, Payload> header = new HashMap<>();
    fields.forEach((key, value) -> header.put(key, JSON.toPayload(value).orElseThrow()));
    return header;
  }

  /** The W3C fields among {@code header}'s payloads. */
  static Map<String, String> fieldsIn(Map<String, Payload> header) {
    Map<String, String> fields = new HashMap<>();
    for (String key : W3C.fields()) {
      Payload payload = header.get(key);
      if (payload != null) {
        fields.put(key, JSON.fromPayload(payload, String.class, String.class));
      }
    }
    return fields;
  }

  /** The context whose span {@code header} names as parent; the root context when none. */
  static Context extract(Map<String, Payload> header) {
    return W3C.extract(Context.root(), fieldsIn(header), FieldGetter.INSTANCE);
  }

  private enum FieldGetter implements TextMapGetter<Map<String, String>> {
    INSTANCE;

    @Override
    public Iterable<String> keys(Map<String, String> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, String> carrier, String key) {
      return carrier == null ? null : carrier.get(key);
    }
  }
}
