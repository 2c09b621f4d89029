package dev.ordersaga.api.auth;

import dev.ordersaga.api.errors.Problem;
import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A missing or unknown token is a 401 problem with a {@code WWW-Authenticate} challenge. */
public final class ProblemUnauthorizedHandler implements UnauthorizedHandler {
  @Override
  public Response buildResponse(String prefix, String realm) {
    return Problem.of(
            Response.Status.UNAUTHORIZED,
            "unauthorized",
            "Missing or unknown bearer token",
            "Send 'Authorization: Bearer <token>' with a service or operator token.")
        .toResponseBuilder()
        .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
        .build();
  }
}
