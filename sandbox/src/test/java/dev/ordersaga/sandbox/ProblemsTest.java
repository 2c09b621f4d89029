package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProblemsTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  private final SandboxClient client = APP.client();

  @Test
  void malformedJsonIsA400Problem() {
    Reply reply = client.post("/inventory/reservations", "bad-json", "{\"orderId\": ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.field("code")).isEqualTo("MalformedJson");
    assertThat(reply.json().path("status").asInt()).isEqualTo(400);
    assertThat(reply.field("type")).isNotBlank();
    assertThat(reply.field("title")).isNotBlank();
    assertThat(reply.field("detail")).isNotBlank();
  }

  @Test
  void aBodyFailingValidationIsA422InvalidOrder() {
    Reply reply =
        client.post(
            "/payments",
            "bad-body",
            "{\"orderId\":\"o 1\",\"amount\":\"-1\",\"currency\":\"usd\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.field("code")).isEqualTo("InvalidOrder");
    assertThat(reply.field("detail")).contains("amount", "currency", "token");
  }

  @Test
  void aWronglyTypedFieldIsA422NotA500() {
    Reply reply =
        client.post(
            "/inventory/reservations",
            "bad-type",
            "{\"orderId\":\"t-1\",\"lines\":[{\"sku\":\"SKU-1\",\"quantity\":\"many\"}]}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.field("code")).isEqualTo("InvalidOrder");
  }

  @Test
  void anOrderWhoseTotalIsNotTheSumOfItsLinesIsInvalid() {
    String body =
        """
        {"customerId":"c","currency":"USD","total":"10.00",
         "items":[{"sku":"SKU-1","quantity":2,"unitPrice":"22.49"}]}""";

    Reply reply = client.post("/records/total-1/open", "total-1", body);
    Reply noItems =
        client.post(
            "/records/total-2/open",
            "total-2",
            "{\"customerId\":\"c\",\"currency\":\"USD\",\"total\":\"0\",\"items\":[]}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.field("code")).isEqualTo("InvalidOrder");
    assertThat(noItems.status()).isEqualTo(422);
    assertThat(noItems.field("code")).isEqualTo("InvalidOrder");
    assertThat(client.get("/records/total-1").status()).isEqualTo(404);
  }

  @Test
  void aBadOrderIdInThePathIsA400BeforeAnythingHappens() {
    Reply reply = client.post("/inventory/reservations/bad%20id/release", "bad-path");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.field("code")).isEqualTo("InvalidOrder");
    assertThat(reply.field("detail"))
        .isEqualTo("path param orderId must match \"" + Ids.ORDER_ID + "\"");
  }

  @Test
  void aBadOrderIdInThePathIsA400AlsoWhenTheBodyIsInvalidToo() {
    Reply reply = client.post("/records/bad%20id/open", "bad-path-and-body", Bodies.openRecord(""));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field("code")).isEqualTo("InvalidOrder");
    assertThat(reply.field("detail")).contains("path param orderId", "customerId");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() {
    Reply unknown = client.get("/nowhere");
    Reply wrongMethod = client.put("/records/x-1", "{}");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
  }

  @Test
  void recordsGoFromOpenToCompletedButNotBack() {
    client.post("/records/rec-1/open", "rec-1-open", Bodies.openRecord("c-1"));

    Reply completed = client.post("/records/rec-1/complete", "rec-1-complete");
    Reply completedAgain = client.post("/records/rec-1/complete", "rec-1-complete-2");
    Reply cancelNone = client.post("/records/rec-none/cancel", "rec-none-cancel");

    assertThat(completed.field("state")).isEqualTo("COMPLETED");
    assertThat(completedAgain.status()).isEqualTo(409);
    assertThat(completedAgain.field("code")).isEqualTo("InvalidOrder");
    assertThat(client.get("/records/rec-1").field("state")).isEqualTo("COMPLETED");
    assertThat(client.get("/records/rec-1").field("total")).isEqualTo("44.98");
    assertThat(cancelNone.status()).isEqualTo(200);
    assertThat(cancelNone.field("state")).isEqualTo("NONE");
  }

  @Test
  void cancellingAnOpenRecordCancelsIt() {
    client.post("/records/rec-2/open", "rec-2-open", Bodies.openRecord("c-1"));

    Reply cancelled = client.post("/records/rec-2/cancel", "rec-2-cancel");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.field("state")).isEqualTo("CANCELLED");
    assertThat(client.effectsOf("rec-2").path("record.cancel").asLong()).isEqualTo(1);
  }

  @Test
  void theCarrierRefusesPostalCode00000() {
    Reply refused = client.post("/shipments", "ship-0", Bodies.shipment("ship-0", "00000"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.field("code")).isEqualTo("ShipmentRefused");
    assertThat(client.effectsOf("ship-0").path("shipment.create").asLong()).isZero();
  }

  @Test
  void aShipmentIsCreatedAndCancelled() {
    Reply created = client.post("/shipments", "ship-1", Bodies.shipment("ship-1", "12345"));
    Reply cancelled = client.post("/shipments/orders/ship-1/cancel", "ship-1-cancel");
    Reply none = client.post("/shipments/orders/ship-none/cancel", "ship-none-cancel");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.field("shipmentId")).isNotBlank();
    assertThat(created.field("state")).isEqualTo("CREATED");
    assertThat(cancelled.field("state")).isEqualTo("CANCELLED");
    assertThat(none.field("state")).isEqualTo("NONE");
  }

  @Test
  void aMerchantNoticeIsAccepted() {
    Reply sent = client.post("/notifications/merchant", "ntf-1", Bodies.merchantNotice("ntf-1"));

    assertThat(sent.status()).isEqualTo(202);
    assertThat(sent.field("state")).isEqualTo("SENT");
    assertThat(client.effectsOf("ntf-1").path("merchant.notify").asLong()).isEqualTo(1);
  }
}
