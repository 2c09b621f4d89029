package dev.ordersaga.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * JAX-RS's own refusals (404, 405, 406, 413, 415, 403 from {@code @RolesAllowed}) as problems,
 * keeping their headers ({@code Allow}, {@code Retry-After}).
 */
public final class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.hasEntity()) {
      return original;
    }
    Response.StatusType status = original.getStatusInfo();
    Problem problem =
        Problem.of(status, slug(status), status.getReasonPhrase(), detail(status, exception));
    Response.ResponseBuilder response = problem.toResponseBuilder();
    original
        .getStringHeaders()
        .forEach((name, values) -> values.forEach(v -> response.header(name, v)));
    return response.type(Problem.MEDIA_TYPE).build();
  }

  private static String slug(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private static String detail(Response.StatusType status, WebApplicationException exception) {
    return switch (status.getStatusCode()) {
      case 403 -> "This token's role may not do this.";
      case 404 -> "No such resource.";
      case 405 -> "This resource does not take this method.";
      case 406 -> "This resource answers application/json only.";
      case 413 -> exception.getMessage();
      case 415 -> "Send the body as application/json.";
      default -> exception.getMessage();
    };
  }
}
