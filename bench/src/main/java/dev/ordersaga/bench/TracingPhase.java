package dev.ordersaga.bench;

import dev.ordersaga.bench.report.VariantComparison;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.bench.stack.Layout;
import dev.ordersaga.processes.Http;
import dev.ordersaga.processes.InstallScript;
import dev.ordersaga.processes.JaegerProcess;
import dev.ordersaga.telemetry.tracing.Tracing;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracing's cost: a {@link VariantPhase} of the stack traced beside untraced, in the order of
 * {@link BenchSettings#tracingRounds()}. It starts a Jaeger of the stack's own ({@link
 * BenchStack#startTraceStore}, counted in CPU per order as {@code jaeger}); before each round the
 * sandbox, the API and the saga's workers restart sending their spans to it, or with {@code
 * ORDER_SAGA_TRACING=off} ({@link BenchStack#useTracing}), so provider spans are in the cost. After
 * the last round they restart as the driver's environment says ({@code make bench}: tracing off),
 * and the log names the services whose spans Jaeger received.
 */
final class TracingPhase {
  static final String TRACED = "traced";
  static final String UNTRACED = "untraced";
  private static final Logger log = LoggerFactory.getLogger(TracingPhase.class);

  private TracingPhase() {}

  /** {@link VariantPhase#alternating} from {@code traced}. */
  static List<String> alternating(int rounds) {
    return VariantPhase.alternating(TRACED, UNTRACED, rounds);
  }

  /** The comparison, or empty when Jaeger cannot be had (the log says why). */
  static Optional<VariantComparison> run(
      BenchStack stack, Layout layout, BenchSettings settings, Http http) {
    Path binary;
    try {
      binary = Path.of(InstallScript.run(layout.root(), "install-jaeger.sh"));
    } catch (IllegalStateException e) {
      log.warn("tracing: skipped, no trace store to send spans to: {}", e.getMessage());
      return Optional.empty();
    }
    JaegerProcess jaeger = stack.startTraceStore(binary);
    Map<String, String> untraced = Map.of(Tracing.SWITCH, "off");
    VariantComparison tracing =
        new VariantPhase(
                "tracing",
                TRACED,
                UNTRACED,
                traced -> stack.useTracing(traced ? jaeger.tracingEnvironment() : untraced))
            .run(settings.tracingRounds(), stack, settings, http);
    stack.useTracing(Map.of());
    log.info("tracing: the trace store holds spans of {}", jaeger.services());
    return Optional.of(tracing);
  }
}
