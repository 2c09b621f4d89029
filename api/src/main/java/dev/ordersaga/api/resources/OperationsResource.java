package dev.ordersaga.api.resources;

import dev.ordersaga.api.attention.AttentionBoard;
import dev.ordersaga.api.attention.AttentionConfiguration;
import dev.ordersaga.api.attention.AttentionKind;
import dev.ordersaga.api.attention.AttentionList;
import dev.ordersaga.api.auth.Role;
import dev.ordersaga.api.errors.ApiProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Operators only: what the person on call looks at first. Renders what {@link AttentionBoard}
 * finds.
 */
@Path("/operations")
@Produces(MediaType.APPLICATION_JSON)
public final class OperationsResource {
  private final AttentionBoard board;
  private final int defaultLimit;

  /**
   * @param defaultLimit how many candidates of each kind are looked at when {@code limit} is not
   *     given
   */
  public OperationsResource(AttentionBoard board, int defaultLimit) {
    this.board = board;
    this.defaultLimit = defaultLimit;
  }

  /**
   * Every order that needs a person, largest amount first, each with the command that repairs it.
   *
   * @param kinds the kinds to list (repeatable); every kind when absent
   * @param limit how many candidates of each kind to look at, 1 to {@value
   *     AttentionConfiguration#MAX_PER_KIND}
   */
  @GET
  @Path("/attention")
  @RolesAllowed(Role.Names.OPERATOR)
  public AttentionList attention(
      @QueryParam("kind") List<String> kinds, @QueryParam("limit") String limit) {
    return board.board(kinds(kinds), limit == null ? defaultLimit : limit(limit));
  }

  private static Set<AttentionKind> kinds(List<String> values) {
    if (values == null || values.isEmpty()) {
      return EnumSet.allOf(AttentionKind.class);
    }
    Set<AttentionKind> kinds = EnumSet.noneOf(AttentionKind.class);
    for (String value : values) {
      kinds.add(
          Arrays.stream(AttentionKind.values())
              .filter(k -> k.name().equals(value))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiProblem.invalid(
                          "kind",
                          "OneOf",
                          "must be one of " + Arrays.toString(AttentionKind.values()))));
    }
    return kinds;
  }

  private static int limit(String value) {
    if (value.matches("[0-9]{1,4}")) {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= AttentionConfiguration.MAX_PER_KIND) {
        return limit;
      }
    }
    throw ApiProblem.invalid(
        "limit",
        "Range",
        "must be a whole number from 1 to " + AttentionConfiguration.MAX_PER_KIND);
  }
}
