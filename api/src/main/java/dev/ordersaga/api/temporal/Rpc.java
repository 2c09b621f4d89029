package dev.ordersaga.api.temporal;

import dev.ordersaga.api.errors.ApiProblem;
import io.grpc.Status;
import java.util.Set;

/** How gRPC failures from Temporal read to the API. */
final class Rpc {
  private static final Set<Status.Code> UNAVAILABLE =
      Set.of(
          Status.Code.UNAVAILABLE,
          Status.Code.DEADLINE_EXCEEDED,
          Status.Code.RESOURCE_EXHAUSTED,
          Status.Code.CANCELLED,
          Status.Code.UNIMPLEMENTED);

  private static final Set<Status.Code> MAYBE_APPLIED =
      Set.of(Status.Code.DEADLINE_EXCEEDED, Status.Code.CANCELLED, Status.Code.UNAVAILABLE);

  private Rpc() {}

  /**
   * Whether a request that failed this way may still have reached Temporal and taken effect: its
   * deadline passed, it was cancelled, or the connection failed while it was under way.
   */
  static boolean mayHaveApplied(Throwable failure) {
    return MAYBE_APPLIED.contains(code(failure));
  }

  /** The gRPC status code anywhere in the failure's causes ({@code UNKNOWN} when none). */
  static Status.Code code(Throwable failure) {
    return Status.fromThrowable(failure).getCode();
  }

  static boolean isNotFound(Throwable failure) {
    return code(failure) == Status.Code.NOT_FOUND;
  }

  /**
   * The failure as the API reports it: {@link ApiProblem#temporalUnavailable} when Temporal could
   * not answer (a 503), otherwise the failure itself.
   */
  static RuntimeException translate(RuntimeException failure) {
    Status.Code code = code(failure);
    if (UNAVAILABLE.contains(code)) {
      return ApiProblem.temporalUnavailable(code.name(), failure);
    }
    return failure;
  }
}
