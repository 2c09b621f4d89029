package dev.ordersaga.api.resources;

import static dev.ordersaga.api.ApiResources.ORDER;
import static dev.ordersaga.api.ApiResources.SERVICE;
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
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed submits: each is a 4xx problem naming what is wrong (the field, for 422s), never a 5xx,
 * and never starts a workflow.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BadInputTest {
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

  private static Arguments json(String name, int status, String field, String body) {
    return Arguments.of(name, status, field, "application/json", body, null);
  }

  private static Arguments replaced(String name, String field, String from, String to) {
    if (!ORDER.contains(from)) {
      throw new IllegalArgumentException("the base order has no " + from);
    }
    return json(name, 422, field, ORDER.replace(from, to));
  }

  static Stream<Arguments> badRequests() {
    String item = "{\"sku\": \"S\", \"quantity\": 1, \"unitPrice\": \"1\"}, ";
    return Stream.of(
        json("not JSON at all", 400, null, "this is not json"),
        json("truncated JSON", 400, null, ORDER.substring(0, ORDER.length() / 2)),
        json("empty body", 422, "body", ""),
        json("a JSON array", 400, null, "[]"),
        json("a JSON string", 400, null, "\"order\""),
        json("JSON null", 422, "body", "null"),
        json("two objects", 400, null, ORDER + ORDER),
        json("an empty object", 422, "currency", "{}"),
        Arguments.of("text/plain", 415, null, "text/plain", ORDER, null),
        Arguments.of("application/xml", 415, null, "application/xml", "<order/>", null),
        Arguments.of("form encoded", 415, null, "application/x-www-form-urlencoded", "a=b", null),
        json(
            "a body over the limit", 413, null, "{\"customerId\": \"" + "x".repeat(20_000) + "\"}"),
        replaced("missing customerId", "customerId", "\"customerId\": \"c-42\",", ""),
        replaced("blank customerId", "customerId", "\"c-42\"", "\"\""),
        replaced("customerId with a quote", "customerId", "\"c-42\"", "\"c'42\""),
        replaced("customerId too long", "customerId", "\"c-42\"", "\"" + "c".repeat(65) + "\""),
        replaced("customerId a number", "customerId", "\"c-42\"", "42"),
        replaced("unknown currency", "currency", "\"USD\"", "\"XYZ\""),
        replaced("the no-currency code XXX", "currency", "\"USD\"", "\"XXX\""),
        replaced("a real currency not configured", "currency", "\"USD\"", "\"KWD\""),
        replaced("half a yen", "items[0].unitPrice", "\"USD\"", "\"JPY\""),
        replaced("a tenth of a cent", "items[0].unitPrice", "\"19.99\"", "\"19.991\""),
        json(
            "a zero total",
            422,
            "items",
            ORDER.replace("\"19.99\"", "\"0\"").replace("5.00", "0.00")),
        replaced(
            "a total over the maximum",
            "items",
            "\"quantity\": 2, \"unitPrice\": \"19.99\"",
            "\"quantity\": 10000, \"unitPrice\": \"135492094.80\""),
        replaced(
            "a price of overflowing exponent", "items[0].unitPrice", "\"19.99\"", "1e999999999"),
        replaced("a price of tiny exponent", "items[0].unitPrice", "\"19.99\"", "1e-999999999"),
        json(
            "more distinct SKUs than a search attribute holds",
            422,
            "items",
            ORDER.replace("\"items\": [", "\"items\": [" + distinctItems(26))),
        replaced("a Unicode-space sku", "items[0].sku", "\"SKU-1\"", "\"\u2003\""),
        replaced("a sku with a control character", "items[0].sku", "\"SKU-1\"", "\"SKU\\u001f1\""),
        replaced("a sku with a space", "items[0].sku", "\"SKU-1\"", "\"SKU 1\""),
        replaced(
            "a Unicode-space name", "shippingAddress.name", "\"Ada Lovelace\"", "\"\u2003\u00a0\""),
        replaced(
            "a name with the unit separator",
            "shippingAddress.name",
            "\"Ada Lovelace\"",
            "\"Ada\\u001fLovelace\""),
        replaced(
            "an address line with a newline",
            "shippingAddress.line1",
            "\"1 Analytical Way\"",
            "\"1 Analytical\\nWay\""),
        replaced("a city with DEL", "shippingAddress.city", "\"London\"", "\"Lon\\u007fdon\""),
        replaced("a blank postal code", "shippingAddress.postalCode", "\"N1 9GU\"", "\"  \""),
        replaced("a payment token with a space", "payment.token", "\"tok_ok\"", "\"tok ok\""),
        replaced("lower-case currency", "currency", "\"USD\"", "\"usd\""),
        replaced("currency an object", "currency", "\"USD\"", "{}"),
        replaced("missing currency", "currency", "\"currency\": \"USD\",", ""),
        json("missing items", 422, "items", ORDER.replaceAll("(?s)\"items\": \\[.*?\\],", "")),
        json(
            "empty items",
            422,
            "items",
            ORDER.replaceAll("(?s)\"items\": \\[.*?\\],", "\"items\": [],")),
        json(
            "items not a list",
            422,
            "items",
            ORDER.replaceAll("(?s)\"items\": \\[.*?\\],", "\"items\": 3,")),
        json("a null item", 422, "items[0]", ORDER.replace("\"items\": [", "\"items\": [null, ")),
        json(
            "too many items",
            422,
            "items",
            ORDER.replace("\"items\": [", "\"items\": [" + item.repeat(100))),
        replaced("zero quantity", "items[0].quantity", "\"quantity\": 2", "\"quantity\": 0"),
        replaced("negative quantity", "items[0].quantity", "\"quantity\": 2", "\"quantity\": -1"),
        replaced(
            "fractional quantity", "items[0].quantity", "\"quantity\": 2", "\"quantity\": 2.5"),
        replaced("huge quantity", "items[0].quantity", "\"quantity\": 2", "\"quantity\": 10001"),
        replaced(
            "overflowing quantity",
            "items[0].quantity",
            "\"quantity\": 2",
            "\"quantity\": 99999999999"),
        replaced(
            "quantity a word", "items[0].quantity", "\"quantity\": 2", "\"quantity\": \"two\""),
        replaced("missing quantity", "items[0].quantity", "\"quantity\": 2, ", ""),
        replaced("negative price", "items[0].unitPrice", "\"19.99\"", "\"-1.00\""),
        replaced("malformed price", "items[0].unitPrice", "\"19.99\"", "\"19,99\""),
        replaced("price with too many decimals", "items[0].unitPrice", "\"19.99\"", "\"19.99999\""),
        replaced("huge price", "items[0].unitPrice", "\"19.99\"", "\"12345678901.00\""),
        replaced("price a boolean", "items[0].unitPrice", "\"19.99\"", "true"),
        replaced("missing price", "items[0].unitPrice", ", \"unitPrice\": \"19.99\"", ""),
        replaced("blank sku", "items[0].sku", "\"SKU-1\"", "\" \""),
        replaced("sku too long", "items[0].sku", "\"SKU-1\"", "\"" + "S".repeat(65) + "\""),
        replaced(
            "unknown field in an item",
            "items[1].colour",
            "\"SKU-2\",",
            "\"SKU-2\", \"colour\": \"red\","),
        replaced(
            "missing payment",
            "payment",
            "\"payment\": {\"method\": \"card\", \"token\": \"tok_ok\"},",
            ""),
        replaced(
            "payment a string",
            "payment",
            "{\"method\": \"card\", \"token\": \"tok_ok\"}",
            "\"card\""),
        replaced("missing payment token", "payment.token", ", \"token\": \"tok_ok\"", ""),
        replaced(
            "payment token too long", "payment.token", "\"tok_ok\"", "\"" + "t".repeat(129) + "\""),
        replaced("payment method with spaces", "payment.method", "\"card\"", "\"credit card\""),
        json(
            "missing address",
            422,
            "shippingAddress",
            ORDER.replaceAll("(?s),\\s*\"shippingAddress\": \\{.*?\\}", "")),
        replaced("unknown country", "shippingAddress.country", "\"GB\"", "\"ZZ\""),
        replaced("country of three letters", "shippingAddress.country", "\"GB\"", "\"GBR\""),
        replaced("blank city", "shippingAddress.city", "\"London\"", "\"\""),
        replaced(
            "postal code too long",
            "shippingAddress.postalCode",
            "\"N1 9GU\"",
            "\"" + "9".repeat(21) + "\""),
        replaced(
            "name too long",
            "shippingAddress.name",
            "\"Ada Lovelace\"",
            "\"" + "A".repeat(201) + "\""),
        replaced(
            "unknown top-level field",
            "cardNumber",
            "\"currency\": \"USD\",",
            "\"currency\": \"USD\", \"cardNumber\": \"4242\","),
        Arguments.of(
            "idempotency key too long",
            422,
            "Idempotency-Key",
            "application/json",
            ORDER,
            "k".repeat(256)),
        Arguments.of(
            "idempotency key with a space",
            422,
            "Idempotency-Key",
            "application/json",
            ORDER,
            "a b"));
  }

  private static String distinctItems(int count) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < count; i++) {
      items
          .append("{\"sku\": \"S-")
          .append(i)
          .append("\", \"quantity\": 1, \"unitPrice\": \"1\"}, ");
    }
    return items.toString();
  }

  @BeforeEach
  void reset() {
    orders.submitted.clear();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("badRequests")
  void aMalformedOrderIsA4xxProblemAndStartsNothing(
      String name, int status, String field, String contentType, String body, String key) {
    var request = resources.target("/orders").request().header("Authorization", SERVICE);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }

    Response response = request.post(Entity.entity(body, contentType));

    assertThat(response.getMediaType().toString()).as(name).isEqualTo(Problem.MEDIA_TYPE);
    JsonNode problem = response.readEntity(JsonNode.class);
    assertThat(response.getStatus()).as("%s: %s", name, problem).isEqualTo(status);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    if (field != null) {
      assertThat(problem.get("errors").findValuesAsText("field")).as(name).contains(field);
    }
    assertThat(orders.submitted).as(name).isEmpty();
  }
}
