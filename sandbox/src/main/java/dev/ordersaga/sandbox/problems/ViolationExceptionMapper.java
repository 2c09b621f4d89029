package dev.ordersaga.sandbox.problems;

import io.dropwizard.jersey.validation.ConstraintMessage;
import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers Bean Validation failures: {@code 422} for an invalid body, {@code 400} for invalid path,
 * query or header parameters, also when the body is invalid too; the code is {@code InvalidOrder}
 * ({@code InvalidRequest} on the admin API) and the detail lists every violation.
 */
public final class ViolationExceptionMapper implements ExceptionMapper<JerseyViolationException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(JerseyViolationException exception) {
    int status =
        exception.getConstraintViolations().stream()
            .mapToInt(
                violation ->
                    ConstraintMessage.determineStatus(Set.of(violation), exception.getInvocable()))
            .min()
            .orElse(422);
    String detail =
        exception.getConstraintViolations().stream()
            .map(violation -> ConstraintMessage.getMessage(violation, exception.getInvocable()))
            .sorted()
            .collect(Collectors.joining("; "));
    return ProblemResponses.of(
        Problem.of(status, ProblemResponses.invalidInputCode(uriInfo), "Invalid request", detail));
  }
}
