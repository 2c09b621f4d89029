package dev.ordersaga.telemetry.tracing;

import dev.ordersaga.telemetry.LogFields;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.MDC;

/**
 * Activities typed as a step ({@code Inventory.reserve}) and its undo ({@code Inventory.release});
 * the reserve fails its first {@code failures} attempts. Each attempt records the trace id in its
 * MDC.
 */
@ActivityInterface
public interface StockProbe {
  String RESERVE = "Inventory.reserve";
  String RELEASE = "Inventory.release";

  @ActivityMethod(name = RESERVE)
  void reserve(int failures);

  @ActivityMethod(name = RELEASE)
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
