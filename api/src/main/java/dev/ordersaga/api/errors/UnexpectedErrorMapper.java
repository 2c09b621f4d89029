package dev.ordersaga.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bug, logged with an id that the 500 problem carries, so a report can be
 * matched to its stack trace. Every expected failure has its own mapper.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

  @Override
  public Response toResponse(Throwable exception) {
    String id = UUID.randomUUID().toString();
    log.error("unexpected error {}", id, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "Unexpected error " + id + "; it has been logged.")
        .toResponse();
  }
}
