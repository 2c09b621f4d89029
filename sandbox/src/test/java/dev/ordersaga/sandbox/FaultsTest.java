package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Eventually;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  private final SandboxClient client = APP.client();

  @AfterEach
  void heal() {
    assertThat(client.delete("/admin/faults").status()).isEqualTo(204);
  }

  @Test
  void anOutageAnswers503WithRetryAfterAndChangesNothing() {
    client.put("/admin/faults/inventory", "{\"outage\":true,\"retryAfterSeconds\":7}");

    Reply down =
        client.post("/inventory/reservations", "down-1", Bodies.reservation("down-1", "SKU-1", 5));

    assertThat(down.status()).isEqualTo(503);
    assertThat(down.header("Retry-After")).contains("7");
    assertThat(down.contentType()).startsWith("application/problem+json");
    assertThat(down.field("code")).isEqualTo("SystemUnavailable");
    assertThat(
            client
                .get("/admin/state")
                .json()
                .path("inventory")
                .path("SKU-1")
                .path("reserved")
                .asLong())
        .isZero();
    assertThat(client.effectsOf("down-1").path("stock.reserve").asLong()).isZero();
  }

  @Test
  void aRequestRefusedDuringAnOutageRunsOnceTheSystemIsBack() {
    client.put("/admin/faults/shipping", "{\"outage\":true}");
    Reply down = client.post("/shipments", "back-1", Bodies.shipment("back-1", "12345"));
    client.delete("/admin/faults");

    Reply up = client.post("/shipments", "back-1", Bodies.shipment("back-1", "12345"));

    assertThat(down.status()).isEqualTo(503);
    assertThat(up.status()).isEqualTo(201);
    assertThat(up.header("Idempotent-Replayed")).isEmpty();
    assertThat(client.effectsOf("back-1").path("shipment.create").asLong()).isEqualTo(1);
  }

  @Test
  void aFailureRateFailsThatShareOfCalls() {
    client.put("/admin/faults/inventory", "{\"failureRate\":0.5,\"retryAfterSeconds\":2}");

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statuses.add(client.get("/inventory/stock/SKU-1").status());
    }

    assertThat(statuses).containsOnly(200, 503).contains(200, 503);
    client.put("/admin/faults/inventory", "{\"failureRate\":1.0}");
    assertThat(client.get("/inventory/stock/SKU-1").header("Retry-After")).contains("1");
  }

  @Test
  void aSlowSystemAnswersAfterItsLatency() {
    client.put("/admin/faults/notifications", "{\"latencyMs\":300}");

    long started = System.nanoTime();
    Reply slow = client.post("/notifications/merchant", "slow-1", Bodies.merchantNotice("slow-1"));
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(slow.status()).isEqualTo(202);
    assertThat(slow.field("state")).isEqualTo("SENT");
    assertThat(elapsedMs).isGreaterThanOrEqualTo(300);
  }

  @Test
  void theAdminApiIsNeverFaultedAndBadFaultsAreRefused() {
    client.put("/admin/faults/records", "{\"outage\":true}");

    Reply state = client.get("/admin/state");
    Reply unknown = client.put("/admin/faults/billing", "{\"outage\":true}");
    Reply badRate = client.put("/admin/faults/records", "{\"failureRate\":2}");
    Reply faulted = client.get("/records/any-1");

    assertThat(state.status()).isEqualTo(200);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(badRate.status()).isEqualTo(422);
    assertThat(badRate.field("code")).isEqualTo("InvalidRequest");
    assertThat(faulted.status()).isEqualTo(503);
  }

  @Test
  void clearingFaultsHealsEverySystem() {
    client.put("/admin/faults/records", "{\"outage\":true}");
    client.put("/admin/faults/payments", "{\"outage\":true}");

    Reply cleared = client.delete("/admin/faults");

    assertThat(cleared.status()).isEqualTo(204);
    assertThat(client.get("/records/heal-1").status()).isEqualTo(404);
    assertThat(client.get("/payments/heal-1").status()).isEqualTo(404);
  }

  @Test
  void aDroppedConnectionAppliesNothing() {
    client.put("/admin/faults/records", "{\"drop\":\"BEFORE\"}");

    assertThatThrownBy(() -> client.post("/records/drop-1/open", "drop-1", Bodies.openRecord("c")))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(client.effectsOf("drop-1").path("record.open").asLong()).isZero();
  }

  @Test
  void aLostResponseIsRecoveredByAnIdempotentRetry() {
    client.put("/admin/faults/payments", "{\"drop\":\"AFTER\"}");
    assertThatThrownBy(
            () -> client.post("/payments", "lost-1", Bodies.charge("lost-1", "tok_never")))
        .isInstanceOf(UncheckedIOException.class);
    client.delete("/admin/faults");

    Reply retry = client.post("/payments", "lost-1", Bodies.charge("lost-1", "tok_never"));

    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    assertThat(client.effectsOf("lost-1").path("payment.charge").asLong()).isEqualTo(1);
  }

  @Test
  void settingDropAfterIsItselfAnswered() {
    Reply set = client.put("/admin/faults/payments", "{\"drop\":\"AFTER\"}");

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().path("drop").asText()).isEqualTo("AFTER");
    assertThat(client.get("/admin/faults").status()).isEqualTo(200);
  }

  @Test
  void aCallHeldByLatencyIsCountedAsWaitingAndKeepsItsDelayWhenTheFaultIsCleared()
      throws Exception {
    client.put("/admin/faults/payments", "{\"latencyMs\":1500}");
    CompletableFuture<Reply> held =
        CompletableFuture.supplyAsync(
            () -> client.post("/payments", "held-1", Bodies.charge("held-1", "tok_never")));
    Eventually.await(() -> waiting("payments"), n -> n == 1, Duration.ofSeconds(5));

    client.delete("/admin/faults");
    Reply undo = client.post("/payments/orders/held-1/refund", "held-1:undo");

    assertThat(undo.field("status")).isEqualTo("NONE");
    assertThat(held.get(10, TimeUnit.SECONDS).field("code")).isEqualTo("AlreadyUndone");
    assertThat(waiting("payments")).isZero();
  }

  private int waiting(String system) {
    for (JsonNode fault : client.get("/admin/faults").json()) {
      if (fault.path("system").asText().equals(system)) {
        return fault.path("waiting").asInt();
      }
    }
    throw new AssertionError("no fault view of " + system);
  }
}
