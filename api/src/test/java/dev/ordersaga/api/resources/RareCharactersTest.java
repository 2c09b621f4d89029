package dev.ordersaga.api.resources;

import static dev.ordersaga.api.ApiResources.ORDER;
import static dev.ordersaga.api.ApiResources.SERVICE;
import static dev.ordersaga.api.ApiResources.as;
import static dev.ordersaga.api.ApiResources.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.api.ApiResources;
import dev.ordersaga.api.FakeOrders;
import dev.ordersaga.api.backpressure.Backpressure;
import dev.ordersaga.api.errors.Problem;
import dev.ordersaga.api.metrics.OrderMetrics;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names, addresses and reasons in characters outside the BMP (CJK Extension F, whose UTF-16 low
 * units look like surrogates once cut to 16 bits) are accepted as sent; an unpaired surrogate is a
 * 422 naming the field.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RareCharactersTest {
  private static final String EXTENSION_F_NAME =
      Character.toString(0x2D800) + Character.toString(0x2DBFF);
  private static final String EXTENSION_F_CITY = Character.toString(0x2DFFF);
  private static final String EXTENSION_F_REASON = Character.toString(0x2DC00);
  private static final FakeOrders orders = new FakeOrders();

  static final ResourceExtension resources =
      ApiResources.of(
          new OrdersResource(
              orders,
              Backpressure.none(),
              new OrderMetrics(new SimpleMeterRegistry()),
              Duration.ofSeconds(2),
              ApiResources.limits(),
              false));

  @BeforeEach
  void reset() {
    orders.submitted.clear();
    orders.cancelled.clear();
  }

  @Test
  void anOrderToANameAndAddressInCjkExtensionFIsAccepted() {
    String order =
        ORDER
            .replace("\"Ada Lovelace\"", "\"" + EXTENSION_F_NAME + "\"")
            .replace("\"London\"", "\"" + EXTENSION_F_CITY + "\"");

    Response response = as(resources, "/orders", SERVICE).post(json(order));

    assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(202);
    assertThat(orders.submitted)
        .singleElement()
        .satisfies(
            submitted -> {
              assertThat(submitted.shippingAddress().name()).isEqualTo(EXTENSION_F_NAME);
              assertThat(submitted.shippingAddress().city()).isEqualTo(EXTENSION_F_CITY);
            });
  }

  @Test
  void aCancelGivingAReasonInCjkExtensionFIsAccepted() {
    Response response =
        as(resources, "/orders/o-1/cancel", SERVICE)
            .post(json("{\"reason\": \"" + EXTENSION_F_REASON + "\"}"));

    assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(202);
    assertThat(orders.cancelled).containsExactly("o-1:" + EXTENSION_F_REASON);
  }

  @Test
  void aReasonWithAnUnpairedSurrogateIs422NamingTheField() {
    Response response =
        as(resources, "/orders/o-1/cancel", SERVICE).post(json("{\"reason\": \"a\\uD876b\"}"));

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    JsonNode error = response.readEntity(JsonNode.class).at("/errors/0");
    assertThat(error.at("/field").asText()).isEqualTo("reason");
    assertThat(error.toString()).contains("lone surrogates");
    assertThat(orders.cancelled).isEmpty();
  }
}
