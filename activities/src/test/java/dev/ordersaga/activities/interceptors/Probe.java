package dev.ordersaga.activities.interceptors;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.MDC;

/**
 * An activity that records the MDC of each attempt and fails its first {@code failures} attempts.
 */
@ActivityInterface
public interface Probe {
  String TYPE = "Probe.observe";
  String FAILURE_TYPE = "ProbeFlaky";

  @ActivityMethod(name = TYPE)
  void observe(int failures);

  /** The implementation; {@link #seen()} lists each attempt's MDC in order. */
  final class Recording implements Probe {
    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();

    @Override
    public void observe(int failures) {
      seen.add(MDC.getCopyOfContextMap());
      if (seen.size() <= failures) {
        throw ApplicationFailure.newFailure("attempt " + seen.size() + " fails", FAILURE_TYPE);
      }
    }

    List<Map<String, String>> seen() {
      return seen;
    }
  }
}
