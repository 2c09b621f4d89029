package dev.ordersaga.telemetry.tracing;

import dev.ordersaga.telemetry.LogFields;
import io.temporal.activity.ActivityInterface;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.MDC;

/**
 * A step ({@link ProbeNaming#RESERVE}) and its undo ({@link ProbeNaming#RELEASE}); the reserve
 * fails its first {@code failures} attempts. Each attempt records the trace id in its MDC.
 */
@ActivityInterface(namePrefix = "Stock.")
public interface StockProbe {
  void reserve(int failures);

  void release();

  /** The implementation; {@link #traceIds()} lists each attempt's MDC trace id in order. */
  final class Recording implements StockProbe {
    private final List<String> traceIds = new CopyOnWriteArrayList<>();
    private int reserveAttempts;

    @Override
    public void reserve(int failures) {
      traceIds.add(MDC.get(LogFields.TRACE_ID));
      if (++reserveAttempts <= failures) {
        throw ApplicationFailure.newFailure("attempt " + reserveAttempts + " fails", "Flaky");
      }
    }

    @Override
    public void release() {
      traceIds.add(MDC.get(LogFields.TRACE_ID));
    }

    List<String> traceIds() {
      return traceIds;
    }
  }
}
