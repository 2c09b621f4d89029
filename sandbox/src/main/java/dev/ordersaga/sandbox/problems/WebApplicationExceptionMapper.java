package dev.ordersaga.sandbox.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers the JAX-RS errors (unknown path, wrong method, unsupported media type...) as problems
 * whose code is the status' reason phrase in PascalCase, e.g. {@code NotFound}.
 */
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String title = status.getReasonPhrase() == null ? "Error" : status.getReasonPhrase();
    String code = title.replaceAll("[^A-Za-z]", "");
    String detail = exception.getMessage() == null ? title : exception.getMessage();
    Response.ResponseBuilder builder =
        Response.status(status.getStatusCode())
            .type(Problem.MEDIA_TYPE)
            .entity(Problem.of(status.getStatusCode(), code, title, detail));
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    return builder.build();
  }
}
