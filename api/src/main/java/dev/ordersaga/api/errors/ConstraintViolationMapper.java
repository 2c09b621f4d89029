package dev.ordersaga.api.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of a request body: 422, each field named by its JSON path. */
public final class ConstraintViolationMapper
    implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::error)
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
            .toList();
    return Problem.invalid(errors).toResponse();
  }

  private static FieldError error(ConstraintViolation<?> violation) {
    return new FieldError(
        field(violation.getPropertyPath()),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getMessage());
  }

  /** {@code submit.body.items[0].quantity} → {@code items[0].quantity}; the body itself → body. */
  static String field(Path path) {
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
