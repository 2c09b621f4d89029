package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenTelemetry of one process: spans batched and sent by OTLP (http/protobuf) to {@value
 * #ENDPOINT} ({@value #DEFAULT_ENDPOINT} by default: the stack's Jaeger), W3C {@code traceparent}
 * propagation. Off, a no-op, when {@code OTEL_SDK_DISABLED=true} or {@value #SWITCH}{@code =off}.
 */
public final class Tracing {
  /** The variable that switches tracing off ({@code off}) for every process of the stack. */
  public static final String SWITCH = "ORDER_SAGA_TRACING";

  /** The OTLP endpoint's base URL; spans go to its {@code /v1/traces}. */
  public static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";

  /** Names the process in every span it sends, over the name its main method gives. */
  public static final String SERVICE_NAME = "OTEL_SERVICE_NAME";

  static final String DEFAULT_ENDPOINT = "http://127.0.0.1:4318";

  private static final Logger log = LoggerFactory.getLogger(Tracing.class);

  private Tracing() {}

  /**
   * The process's OpenTelemetry, sending spans as {@code serviceName} (or {@value #SERVICE_NAME});
   * the spans still queued are flushed when the JVM stops.
   */
  public static OpenTelemetry open(String serviceName, Map<String, String> env) {
    if (isOff(env)) {
      log.info("tracing off ({}=off or OTEL_SDK_DISABLED=true)", SWITCH);
      return OpenTelemetry.noop();
    }
    String name = env.getOrDefault(SERVICE_NAME, serviceName);
    String endpoint = env.getOrDefault(ENDPOINT, DEFAULT_ENDPOINT).replaceAll("/+$", "");
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .setResource(
                        Resource.getDefault()
                            .merge(
                                Resource.create(
                                    Attributes.of(AttributeKey.stringKey("service.name"), name))))
                    .addSpanProcessor(
                        BatchSpanProcessor.builder(
                                OtlpHttpSpanExporter.builder()
                                    .setEndpoint(endpoint + "/v1/traces")
                                    .build())
                            .build())
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(sdk::close, "tracing-flush"));
    log.info("tracing as {} to {}", name, endpoint);
    return sdk;
  }

  /** Whether {@code env} switches tracing off. */
  static boolean isOff(Map<String, String> env) {
    return "off".equalsIgnoreCase(env.get(SWITCH))
        || "true".equalsIgnoreCase(env.get("OTEL_SDK_DISABLED"));
  }
}
