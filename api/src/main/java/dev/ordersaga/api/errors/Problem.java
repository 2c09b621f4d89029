package dev.ordersaga.api.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * An RFC 7807 problem: every error this API returns has this body and the media type {@value
 * #MEDIA_TYPE}.
 *
 * @param type a relative URI naming the kind of problem, e.g. {@code /problems/invalid-request}
 * @param errors for 422s, each field that broke a rule; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(Response.StatusType status, String slug, String title, String detail) {
    return new Problem("/problems/" + slug, title, status.getStatusCode(), detail, List.of());
  }

  /** A 422 naming each offending field and rule. */
  public static Problem invalid(List<FieldError> errors) {
    String detail =
        errors.stream()
            .map(e -> e.field() + " " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("the request is invalid");
    return new Problem("/problems/invalid-request", "Invalid request", 422, detail, errors);
  }

  public Response.ResponseBuilder toResponseBuilder() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }

  public Response toResponse() {
    return toResponseBuilder().build();
  }

  /** This problem with {@code Retry-After: retryAfter} in whole seconds, at least one. */
  public Response toResponse(Duration retryAfter) {
    return toResponseBuilder()
        .header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()))
        .build();
  }
}
