package dev.ordersaga.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.api.ApiResources;
import dev.ordersaga.api.attention.AttentionBoard;
import dev.ordersaga.api.attention.Candidates;
import dev.ordersaga.api.attention.EmptySource;
import dev.ordersaga.order.OrderStatus;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OperationsResourceTest {
  private static final List<Set<OrderStatus>> ASKED = new ArrayList<>();
  private static final List<Integer> LIMITS = new ArrayList<>();

  private static final ResourceExtension RESOURCES =
      ApiResources.of(
          new OperationsResource(
              new AttentionBoard(
                  new Nothing(),
                  Optional.empty(),
                  5,
                  Duration.ofMinutes(1),
                  Duration.ofMinutes(1),
                  Clock.systemUTC()),
              100));

  @Test
  void anOperatorGetsTheListWithWhatWasCutShortAndWhatWasNotLookedFor() {
    Response response = get("/operations/attention", ApiResources.OPERATOR);

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode body = response.readEntity(JsonNode.class);
    assertThat(body.path("orders").isArray()).isTrue();
    assertThat(body.path("truncated").isArray()).isTrue();
    assertThat(body.path("skipped").get(0).asText()).startsWith("PAID_WAITING");
    assertThat(body.path("at").isTextual()).isTrue();
  }

  @Test
  void looksOnlyForTheKindsAskedAndAsFarAsTheLimit() {
    ASKED.clear();
    LIMITS.clear();

    get("/operations/attention?kind=PARKED&limit=7", ApiResources.OPERATOR);

    assertThat(ASKED).hasSize(1);
    assertThat(ASKED.get(0)).contains(OrderStatus.NEEDS_ATTENTION);
    assertThat(LIMITS).containsExactly(7);
  }

  @Test
  void aServiceTokenIsForbidden() {
    assertThat(get("/operations/attention", ApiResources.SERVICE).getStatus()).isEqualTo(403);
  }

  @Test
  void anUnknownKindIsAProblemNamingTheField() {
    Response response = get("/operations/attention?kind=LOST", ApiResources.OPERATOR);

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(response.readEntity(String.class)).contains("\"kind\"", "PARKED");
  }

  @Test
  void aLimitOutsideItsRangeIsAProblemNamingTheRange() {
    for (String limit : List.of("0", "1001", "ten", "-1")) {
      Response response = get("/operations/attention?limit=" + limit, ApiResources.OPERATOR);

      assertThat(response.getStatus()).as(limit).isEqualTo(422);
      assertThat(response.readEntity(String.class)).as(limit).contains("1 to 1000");
    }
  }

  private static Response get(String path, String token) {
    return ApiResources.as(RESOURCES, path, token).get();
  }

  /** No order needs anyone; records what it was asked. */
  private static final class Nothing extends EmptySource {
    @Override
    public Candidates running(Set<OrderStatus> statuses, Instant startedBefore, int limit) {
      ASKED.add(statuses);
      LIMITS.add(limit);
      return super.running(statuses, startedBefore, limit);
    }
  }
}
