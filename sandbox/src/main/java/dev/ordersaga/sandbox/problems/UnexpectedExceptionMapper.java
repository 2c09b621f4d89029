package dev.ordersaga.sandbox.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for a bug: logs the exception under a fresh error id and answers {@code 500
 * InternalError} naming that id.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Override
  public Response toResponse(RuntimeException exception) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("unexpected failure, error id {}", errorId, exception);
    return ProblemResponses.of(
        Problem.of(
            500, "InternalError", "Internal error", "unexpected failure, error id " + errorId));
  }
}
