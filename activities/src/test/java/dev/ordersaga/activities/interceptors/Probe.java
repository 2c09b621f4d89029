package dev.ordersaga.activities.interceptors;

import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * An activity that stands in for the step {@link #STEP} (it takes that step's activity type): each
 * attempt records its MDC, logs one line, and the first {@code failures} attempts fail.
 */
@ActivityInterface
public interface Probe {
  String TYPE = ActivityTypes.RESERVE_STOCK;
  String STEP = "reserve-stock";
  String FAILURE_TYPE = "ProbeFlaky";

  @ActivityMethod(name = TYPE)
  void observe(int failures);

  /** The implementation; {@link #seen()} lists each attempt's MDC in order. */
  final class Recording implements Probe {
    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();

    @Override
    public void observe(int failures) {
      seen.add(MDC.getCopyOfContextMap());
      LoggerFactory.getLogger(Probe.class).info("attempt {}", seen.size());
      if (seen.size() <= failures) {
        throw ApplicationFailure.newFailure("attempt " + seen.size() + " fails", FAILURE_TYPE);
      }
    }

    List<Map<String, String>> seen() {
      return seen;
    }
  }
}
