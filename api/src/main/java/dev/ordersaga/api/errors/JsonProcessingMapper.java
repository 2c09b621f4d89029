package dev.ordersaga.api.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * JSON that cannot be read (a refusal raised while reading it, such as 413, keeps its status): 400
 * when it is not JSON (or not an object at all), 422 naming the field when one value has the wrong
 * type or a field is unknown.
 */
public final class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {
  @Override
  public Response toResponse(JsonProcessingException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException refusal) {
        return new WebApplicationMapper().toResponse(refusal);
      }
    }
    if (exception instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()
        && !(mapping.getCause() instanceof JsonParseException)) {
      String field = field(mapping.getPath());
      FieldError error =
          exception instanceof UnrecognizedPropertyException
              ? new FieldError(field, "unknown", "is not a field of this request")
              : new FieldError(field, "type", "has the wrong type or format");
      return Problem.invalid(List.of(error)).toResponse();
    }
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "malformed-json",
            "Malformed JSON",
            "The body must be one JSON object: " + exception.getOriginalMessage())
        .toResponse();
  }

  static String field(List<JsonMappingException.Reference> path) {
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
}
