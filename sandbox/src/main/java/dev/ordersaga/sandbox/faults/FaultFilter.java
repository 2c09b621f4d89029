package dev.ordersaga.sandbox.faults;

import dev.ordersaga.sandbox.config.LatencySettings;
import dev.ordersaga.sandbox.problems.ProblemResponses;
import dev.ordersaga.sandbox.problems.Problems;
import io.dropwizard.util.Duration;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Applies latency and injected faults before a request reaches its system, so before its body is
 * read and before any state is touched. In order:
 *
 * <ol>
 *   <li>wait the system's base latency, the carrier latency on {@code POST /shipments}, and the
 *       fault's {@code latencyMs};
 *   <li>{@code outage}, or a draw below {@code failureRate}: answer {@code 503} with {@code
 *       Retry-After};
 *   <li>{@code drop: BEFORE}: close the connection unanswered.
 * </ol>
 *
 * <p>The admin API is never affected. {@code drop: AFTER} is {@link DropAfterFilter}'s: this filter
 * marks each request of a system whose fault, read when the request arrived, says so.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class FaultFilter implements ContainerRequestFilter {
  /** The request property set on a request of a system that drops its answer. */
  static final String DROP_AFTER = FaultFilter.class.getName() + ".dropAfter";

  private final FaultRegistry faults;
  private final LatencySettings baseLatency;
  private final Duration carrierLatency;
  private final DoubleSupplier random;

  /**
   * A filter reading {@code faults} on every request.
   *
   * @param random uniform draws in [0, 1) deciding {@code failureRate} failures
   */
  public FaultFilter(
      FaultRegistry faults,
      LatencySettings baseLatency,
      Duration carrierLatency,
      DoubleSupplier random) {
    this.faults = faults;
    this.baseLatency = baseLatency;
    this.carrierLatency = carrierLatency;
    this.random = random;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<SystemName> owner = SystemName.owning(request.getUriInfo().getPath());
    if (owner.isEmpty()) {
      return;
    }
    SystemName system = owner.get();
    FaultSetting fault = faults.get(system);
    long delayMs = baseLatency.of(system).toMilliseconds() + fault.latencyMs();
    if (system == SystemName.SHIPPING
        && HttpMethod.POST.equals(request.getMethod())
        && isShipmentCreation(request.getUriInfo().getPath())) {
      delayMs += carrierLatency.toMilliseconds();
    }
    long delay = delayMs;
    faults.whileWaiting(system, () -> sleep(delay));
    boolean fails =
        fault.outage() || (fault.failureRate() > 0 && random.getAsDouble() < fault.failureRate());
    if (fails) {
      Response response = ProblemResponses.of(Problems.systemUnavailable(system.wireName()));
      request.abortWith(
          Response.fromResponse(response)
              .header(HttpHeaders.RETRY_AFTER, fault.retryAfterSeconds())
              .build());
    } else if (fault.drop() == ConnectionDrop.BEFORE) {
      ConnectionDropper.drop(request);
      request.abortWith(ProblemResponses.of(Problems.systemUnavailable(system.wireName())));
    } else if (fault.drop() == ConnectionDrop.AFTER) {
      request.setProperty(DROP_AFTER, system);
    }
  }

  private static boolean isShipmentCreation(String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    return trimmed.equals("shipments");
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
