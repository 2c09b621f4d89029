package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import io.dropwizard.testing.ConfigOverride;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RiskTest {
  @RegisterExtension
  static final SandboxExtension APP =
      SandboxExtension.inMemory(ConfigOverride.config("risk.reviewAbove", "500"));

  private final SandboxClient client = APP.client();

  @AfterEach
  void heal() {
    client.delete("/admin/faults");
  }

  @Test
  void anOrdinaryOrderIsApprovedWithoutAReason() {
    Reply approved = assess("rk-ok", "c-1", "44.98");

    assertThat(approved.status()).isEqualTo(201);
    assertThat(approved.field("assessmentId")).startsWith("rsk_");
    assertThat(approved.field("orderId")).isEqualTo("rk-ok");
    assertThat(approved.field("decision")).isEqualTo("approve");
    assertThat(approved.json().path("reason").isNull()).isTrue();
  }

  @Test
  void aDenyListedCustomerIsDeclined() {
    Reply declined = assess("rk-deny", "risk-decline-7", "10.00");

    assertThat(declined.status()).isEqualTo(201);
    assertThat(declined.field("decision")).isEqualTo("decline");
    assertThat(declined.field("reason")).isEqualTo("customer on the deny list");
  }

  @Test
  void aCustomerAskingForReviewIsReviewedWhateverTheAmount() {
    Reply reviewed = assess("rk-ask", "risk-review-1", "1.00");

    assertThat(reviewed.field("decision")).isEqualTo("review");
    assertThat(reviewed.field("reason")).isEqualTo("manual review requested");
  }

  @Test
  void aTotalAboveTheConfiguredThresholdIsReviewedAndOneAtItIsApproved() {
    Reply above = assess("rk-big", "c-1", "500.01");
    Reply at = assess("rk-at", "c-1", "500");

    assertThat(above.field("decision")).isEqualTo("review");
    assertThat(above.field("reason")).isEqualTo("amount above review threshold");
    assertThat(at.field("decision")).isEqualTo("approve");
  }

  @Test
  void theDenyListWinsOverTheAmount() {
    assertThat(assess("rk-both", "risk-decline", "9999").field("decision")).isEqualTo("decline");
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheVerdictAndAssessesOnce() {
    long replaysBefore = riskReplays();
    Reply first = assess("rk-replay", "c-1", "20.00");
    Reply again = assess("rk-replay", "c-1", "20.00");

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(assessmentsOf("rk-replay")).hasSize(1);
    assertThat(client.effectsOf("rk-replay").path("risk.assess").asLong()).isEqualTo(1);
    assertThat(riskReplays()).isEqualTo(replaysBefore + 1);
  }

  @Test
  void anotherKeyIsAnotherAssessmentAndTheBooksShowBoth() {
    assess("rk-twice", "c-1", "20.00");
    assessUnder("rk-twice:other", "rk-twice", "20.00");

    JsonNode listed = assessmentsOf("rk-twice");

    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).path("assessmentId").asText())
        .isNotEqualTo(listed.get(1).path("assessmentId").asText());
    assertThat(client.effectsOf("rk-twice").path("risk.assess").asLong()).isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndAssessesNothingMore() {
    assess("rk-reuse", "c-1", "20.00");

    Reply reused = assessUnder("rk-reuse:screen-fraud", "rk-reuse", "21.00");

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.field("code")).isEqualTo("IdempotencyKeyReused");
    assertThat(assessmentsOf("rk-reuse")).hasSize(1);
  }

  @Test
  void badInputIsA422InvalidOrderNamingEveryField() {
    String body =
        """
        {"orderId":"rk bad","customerId":"","total":"-1","currency":"usd",
         "addressHash":"%s"}"""
            .formatted(Bodies.ADDRESS_HASH.toUpperCase(java.util.Locale.ROOT));

    Reply refused = client.post("/risk/assessments", "rk-bad:screen-fraud", body);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.field("code")).isEqualTo("InvalidOrder");
    assertThat(refused.field("detail"))
        .contains("orderId", "customerId", "total", "currency", "addressHash");
  }

  @Test
  void anAssessmentWithoutAKeyIsRefusedBeforeItsBodyIsRead() {
    Reply missing = client.post("/risk/assessments", null, "{}");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.field("code")).isEqualTo("IdempotencyKeyMissing");
  }

  @Test
  void listingNeedsAValidOrderId() {
    assertThat(client.get("/risk/assessments").status()).isEqualTo(400);
    assertThat(client.get("/risk/assessments?orderId=rk%20x").status()).isEqualTo(400);
    assertThat(client.get("/risk/assessments?orderId=rk-none").json().path("assessments"))
        .isEmpty();
  }

  @Test
  void anOutageOfRiskAnswers503AndAssessesNothingWhileOtherSystemsServe() {
    Reply set = client.put("/admin/faults/risk", "{\"outage\":true,\"retryAfterSeconds\":4}");

    Reply down = assess("rk-down", "c-1", "20.00");
    Reply stock = client.get("/inventory/stock/SKU-1");

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.field("system")).isEqualTo("risk");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.header("Retry-After")).contains("4");
    assertThat(down.field("code")).isEqualTo("SystemUnavailable");
    assertThat(stock.status()).isEqualTo(200);
    client.delete("/admin/faults");
    assertThat(assessmentsOf("rk-down")).isEmpty();
    Reply back = assess("rk-down", "c-1", "20.00");
    assertThat(back.status()).isEqualTo(201);
    assertThat(back.header("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void riskIsListedAmongTheFaultableSystems() {
    JsonNode faults = client.get("/admin/faults").json();

    assertThat(faults.findValuesAsText("system")).contains("risk");
  }

  private Reply assess(String orderId, String customerId, String total) {
    return client.post(
        "/risk/assessments",
        orderId + ":screen-fraud",
        Bodies.riskAssessment(orderId, customerId, total));
  }

  private Reply assessUnder(String key, String orderId, String total) {
    return client.post("/risk/assessments", key, Bodies.riskAssessment(orderId, "c-1", total));
  }

  private long riskReplays() {
    return client.get("/admin/state").json().path("replays").path("risk").asLong();
  }

  private JsonNode assessmentsOf(String orderId) {
    Reply listed = client.get("/risk/assessments?orderId=" + orderId);
    assertThat(listed.status()).isEqualTo(200);
    return listed.json().path("assessments");
  }
}
