package dev.ordersaga.sandbox.idempotency;

import dev.ordersaga.sandbox.faults.SystemName;
import dev.ordersaga.sandbox.problems.ProblemException;
import dev.ordersaga.sandbox.problems.ProblemResponses;
import dev.ordersaga.sandbox.problems.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Refuses a {@code POST} to any of the systems without a usable {@code Idempotency-Key} before its
 * body is read or validated: {@code 400 IdempotencyKeyMissing} or {@code 400
 * IdempotencyKeyInvalid}. {@link IdempotentExecutor} checks again, for any other caller. The
 * read-only batch status read ({@code POST /payments/status}) changes nothing and needs no key.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class IdempotencyKeyFilter implements ContainerRequestFilter {
  private static final String BATCH_STATUS = "payments/status";

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.POST.equals(request.getMethod())
        || SystemName.owning(request.getUriInfo().getPath()).isEmpty()
        || isBatchStatus(request.getUriInfo().getPath())) {
      return;
    }
    String key = request.getHeaderString(IdempotentExecutor.KEY_HEADER);
    ProblemException refusal = null;
    if (key == null || key.isBlank()) {
      refusal =
          Problems.idempotencyKeyMissing(
              "this request needs an " + IdempotentExecutor.KEY_HEADER + " header");
    } else if (key.length() > IdempotentExecutor.MAX_KEY_LENGTH) {
      refusal =
          Problems.idempotencyKeyInvalid(
              IdempotentExecutor.KEY_HEADER
                  + " must be at most "
                  + IdempotentExecutor.MAX_KEY_LENGTH
                  + " characters");
    }
    if (refusal != null) {
      request.abortWith(ProblemResponses.of(refusal.problem()));
    }
  }

  private static boolean isBatchStatus(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.equals(BATCH_STATUS) || trimmed.equals(BATCH_STATUS + "/");
  }
}
