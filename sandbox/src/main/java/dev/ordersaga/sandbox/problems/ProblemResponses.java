package dev.ordersaga.sandbox.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds responses carrying a {@link Problem}. */
public final class ProblemResponses {
  private ProblemResponses() {}

  /** A response with {@code problem}'s status and the problem as its body. */
  public static Response of(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * The code of a request whose input is invalid: {@code InvalidRequest} for the admin API, else
   * {@code InvalidOrder} (the business systems reject bad input as an invalid order).
   */
  public static String invalidInputCode(UriInfo uriInfo) {
    String path = uriInfo == null ? "" : uriInfo.getPath();
    return path.startsWith("admin") || path.startsWith("/admin")
        ? "InvalidRequest"
        : "InvalidOrder";
  }
}
