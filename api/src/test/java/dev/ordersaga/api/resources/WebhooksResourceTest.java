package dev.ordersaga.api.resources;

import static dev.ordersaga.api.resources.OrdersResourceTest.assertProblem;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.api.ApiResources;
import dev.ordersaga.api.FakeOrders;
import dev.ordersaga.api.LogCapture;
import dev.ordersaga.api.webhooks.SignatureVerifier;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class WebhooksResourceTest {
  private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
  private static final FakeOrders orders = new FakeOrders();
  private static final String EVENT =
      """
      {"eventId": "evt-1", "paymentId": "pay-1", "orderId": "o-1", "status": "succeeded",
       "occurredAt": "2025-01-01T11:59:58Z"}""";

  static final ResourceExtension resources =
      ApiResources.of(
          new WebhooksResource(
              orders,
              new SignatureVerifier(
                  List.of("whsec_new", "whsec_old"),
                  Duration.ofMinutes(5),
                  Duration.ofSeconds(30),
                  Clock.fixed(NOW, ZoneOffset.UTC)),
              ApiResources.mapper(),
              Validators.newValidator()));

  @BeforeEach
  void reset() {
    orders.notices.clear();
    orders.onNotify = id -> true;
  }

  private static Response post(String body, String signature) {
    var request = resources.target("/webhooks/payments").request();
    if (signature != null) {
      request = request.header("Payment-Signature", signature);
    }
    return request.post(Entity.entity(body, "application/json"));
  }

  private static String sign(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t="
        + t
        + ",v1="
        + SignatureVerifier.sign(secret, t, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aVerifiedEventSignalsTheOrderWith202() {
    Response response = post(EVENT, sign("whsec_new", NOW, EVENT));

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(response.readEntity(JsonNode.class).get("signalled").asBoolean()).isTrue();
    assertThat(orders.notices)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.paymentId()).isEqualTo("pay-1");
              assertThat(n.eventId()).isEqualTo("evt-1");
            });
  }

  @Test
  void anEventSignedWithThePreviousSecretIsAcceptedDuringRotation() {
    assertThat(post(EVENT, sign("whsec_old", NOW, EVENT)).getStatus()).isEqualTo(202);
  }

  @Test
  void anEventForAnUnknownOrderIsAcknowledgedWithoutASignal() {
    orders.onNotify = id -> false;

    Response response = post(EVENT, sign("whsec_new", NOW, EVENT));

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(response.readEntity(JsonNode.class).get("signalled").asBoolean()).isFalse();
  }

  @Test
  void aRedeliveredEventIsHarmless() {
    String signature = sign("whsec_new", NOW, EVENT);

    assertThat(post(EVENT, signature).getStatus()).isEqualTo(202);
    assertThat(post(EVENT, signature).getStatus()).isEqualTo(202);
  }

  @Test
  void aMissingSignatureIs401() {
    assertProblem(post(EVENT, null), 401);
    assertThat(orders.notices).isEmpty();
  }

  @Test
  void aSignatureWithAnUnknownSecretIs401() {
    assertProblem(post(EVENT, sign("whsec_guess", NOW, EVENT)), 401);
  }

  @Test
  void aTamperedBodyIs401() {
    String signature = sign("whsec_new", NOW, EVENT);

    assertProblem(post(EVENT.replace("pay-1", "pay-2"), signature), 401);
    assertThat(orders.notices).isEmpty();
  }

  @Test
  void anEventOlderThanFiveMinutesIs401() {
    assertProblem(post(EVENT, sign("whsec_new", NOW.minusSeconds(301), EVENT)), 401);
  }

  @Test
  void anEventFromTooFarInTheFutureIs401() {
    assertProblem(post(EVENT, sign("whsec_new", NOW.plusSeconds(301), EVENT)), 401);
  }

  @Test
  void anEventMoreThanTheSkewInTheFutureIs401() {
    assertProblem(post(EVENT, sign("whsec_new", NOW.plusSeconds(31), EVENT)), 401);
    assertThat(orders.notices).isEmpty();
  }

  @Test
  void anEventWithinTheSkewInTheFutureIsAccepted() {
    assertThat(post(EVENT, sign("whsec_new", NOW.plusSeconds(29), EVENT)).getStatus())
        .isEqualTo(202);
  }

  @Test
  void aTimestampBeyondAnyInstantIs401WithoutAnErrorLog() {
    try (LogCapture logs = LogCapture.root()) {
      long t = 99_999_999_999_999_999L;
      String signature =
          "t=" + t + ",v1=" + SignatureVerifier.sign("whsec_new", t, EVENT.getBytes(UTF_8));

      assertProblem(post(EVENT, signature), 401);
      assertThat(logs.errors()).isEmpty();
    }
  }

  @Test
  void aSignedTimestampThatIsNotPlainDigitsIs401() {
    for (String t : List.of("-9223372036854775808", "+1", "1e9", "99999999999999999999999")) {
      assertProblem(post(EVENT, "t=" + t + ",v1=00"), 401);
    }
  }

  @Test
  void aMalformedSignatureHeaderIs401() {
    assertProblem(post(EVENT, "t=abc,v1=zz"), 401);
  }

  @Test
  void aSignedBodyThatIsNotJsonIs400() {
    String body = "{not json";
    assertProblem(post(body, sign("whsec_new", NOW, body)), 400);
  }

  @Test
  void aSignedEventWithoutAnOrderIdIs422NamingIt() {
    String body = "{\"eventId\": \"e\", \"paymentId\": \"p\", \"status\": \"succeeded\"}";

    JsonNode problem = assertProblem(post(body, sign("whsec_new", NOW, body)), 422);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("orderId");
  }
}
