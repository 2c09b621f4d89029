package dev.ordersaga.api.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exceptions of the libraries the API runs on (JAX-RS, Jackson, Bean Validation) as the
 * problems they stand for. Anything else is not foreign to the API: it is a bug.
 */
final class ForeignExceptions {
  /** The detail of a 404 for a path no resource serves. */
  static final String NO_SUCH_RESOURCE = "No such resource.";

  /** The detail of a 405 for a method the resource does not take. */
  static final String METHOD_NOT_ALLOWED = "This resource does not take this method.";

  private ForeignExceptions() {}

  /** The problem {@code exception} stands for; empty when it is none of the foreign kinds. */
  static Optional<ApiProblem> translate(Throwable exception) {
    return Optional.ofNullable(
        switch (exception) {
          case WebApplicationException refusal -> refusal(refusal);
          case JsonProcessingException unreadable -> unreadable(unreadable);
          case ConstraintViolationException invalid -> invalid(invalid);
          default -> null;
        });
  }

  /**
   * JAX-RS's own refusals (404, 405, 406, 413, 415, 403 from {@code @RolesAllowed}), keeping their
   * headers ({@code Allow}, {@code Retry-After}).
   */
  private static ApiProblem refusal(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    return new ApiProblem(
        Problem.ofStatus(
            status.getStatusCode(), status.getReasonPhrase(), detail(status, exception)),
        Map.copyOf(original.getHeaders()));
  }

  private static String detail(Response.StatusType status, WebApplicationException exception) {
    return switch (status.getStatusCode()) {
      case 403 -> "This token's role may not do this.";
      case 404 -> NO_SUCH_RESOURCE;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> "This resource answers application/json only.";
      case 415 -> "Send the body as application/json.";
      default -> exception.getMessage();
    };
  }

  /**
   * JSON that cannot be read: a refusal raised while reading it (such as 413) keeps its status; 400
   * when it is not JSON (or not an object at all); 422 naming the field when one value has the
   * wrong type or a field is unknown.
   */
  private static ApiProblem unreadable(JsonProcessingException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException refusal) {
        return refusal(refusal);
      }
    }
    if (exception instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()
        && !(mapping.getCause() instanceof JsonParseException)) {
      String field = jsonField(mapping.getPath());
      return exception instanceof UnrecognizedPropertyException
          ? ApiProblem.invalid(field, "unknown", "is not a field of this request")
          : ApiProblem.invalid(field, "type", "has the wrong type or format");
    }
    return ApiProblem.malformedJson(
        "The body must be one JSON object: " + exception.getOriginalMessage());
  }

  /** {@code items[0].quantity}; the body itself is {@code body}. */
  static String jsonField(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  /** Bean Validation failures of a request body: 422, each field named by its JSON path. */
  private static ApiProblem invalid(ConstraintViolationException exception) {
    return ApiProblem.invalid(
        exception.getConstraintViolations().stream()
            .map(ForeignExceptions::error)
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
            .toList());
  }

  private static FieldError error(ConstraintViolation<?> violation) {
    return new FieldError(
        validatedField(violation.getPropertyPath()),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getMessage());
  }

  /** {@code submit.body.items[0].quantity} → {@code items[0].quantity}; the body itself → body. */
  static String validatedField(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        field.append(field.isEmpty() ? "" : ".").append(name);
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }
}
