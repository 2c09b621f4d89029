package dev.ordersaga.sandbox.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers unreadable request bodies: {@code 400 MalformedJson} when the body is not JSON, {@code
 * 422} ({@code InvalidOrder}, or {@code InvalidRequest} on the admin API) when it is JSON of the
 * wrong shape, {@code 500} when the server cannot map a type at all.
 */
public final class JsonProcessingExceptionMapper
    implements ExceptionMapper<JsonProcessingException> {
  private static final Logger LOG = LoggerFactory.getLogger(JsonProcessingExceptionMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(JsonProcessingException exception) {
    if (exception instanceof InvalidDefinitionException) {
      LOG.error("cannot map JSON of a type", exception);
      return ProblemResponses.of(
          Problem.of(500, "InternalError", "Internal error", "the server cannot map this type"));
    }
    if (exception instanceof StreamReadException) {
      return ProblemResponses.of(
          Problem.of(
              400,
              "MalformedJson",
              "Malformed JSON",
              "the body is not valid JSON: " + summary(exception)));
    }
    return ProblemResponses.of(
        Problem.of(
            422,
            ProblemResponses.invalidInputCode(uriInfo),
            "Unprocessable body",
            "the body does not have the expected shape: " + summary(exception)));
  }

  private static String summary(JsonProcessingException exception) {
    String message = exception.getOriginalMessage();
    return message == null ? exception.getClass().getSimpleName() : message;
  }
}
