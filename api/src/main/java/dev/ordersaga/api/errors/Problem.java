package dev.ordersaga.api.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

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

  /** What every problem type starts with. */
  public static final String TYPE_PREFIX = "/problems/";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(Response.StatusType status, String slug, String title, String detail) {
    return new Problem(TYPE_PREFIX + slug, title, status.getStatusCode(), detail, List.of());
  }

  /**
   * A problem named by its status alone: titled with the reason phrase, typed with it in lower case
   * and hyphens, e.g. {@code /problems/method-not-allowed}.
   */
  public static Problem ofStatus(int status, String reasonPhrase, String detail) {
    return new Problem(
        TYPE_PREFIX + reasonPhrase.toLowerCase(Locale.ROOT).replace(' ', '-'),
        reasonPhrase,
        status,
        detail,
        List.of());
  }

  /** A 422 naming each offending field and rule. */
  public static Problem invalid(List<FieldError> errors) {
    String detail =
        errors.stream()
            .map(e -> e.field() + " " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("the request is invalid");
    return new Problem(TYPE_PREFIX + "invalid-request", "Invalid request", 422, detail, errors);
  }

  public Response.ResponseBuilder toResponseBuilder() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }
}
