package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  private final SandboxClient client = APP.client();

  @Test
  void replayReturnsTheRecordedAnswerAndCountsOneEffect() {
    Reply first = client.post("/records/idem-1/open", "open-1", Bodies.openRecord("c-1"));
    Reply again = client.post("/records/idem-1/open", "open-1", Bodies.openRecord("c-1"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isEmpty();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(first.json().path("state").asText()).isEqualTo("OPEN");
    assertThat(client.effectsOf("idem-1").path("record.open").asLong()).isEqualTo(1);
  }

  @Test
  void replayIgnoresMemberOrderAndSpacing() {
    String reordered =
        """
        { "items": [ {"unitPrice":"22.49", "quantity":2, "sku":"SKU-1"} ],
          "total":"44.98", "currency":"USD", "customerId":"c-1" }""";
    client.post("/records/idem-2/open", "open-2", Bodies.openRecord("c-1"));

    Reply again = client.post("/records/idem-2/open", "open-2", reordered);

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).contains("true");
  }

  @Test
  void reusingAKeyWithAnotherBodyIsRejected() {
    client.post("/records/idem-3/open", "open-3", Bodies.openRecord("c-1"));

    Reply reused = client.post("/records/idem-3/open", "open-3", Bodies.openRecord("c-2"));

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.field("code")).isEqualTo("IdempotencyKeyReused");
    assertThat(client.get("/records/idem-3").field("customerId")).isEqualTo("c-1");
    assertThat(client.effectsOf("idem-3").path("record.open").asLong()).isEqualTo(1);
  }

  @Test
  void aMissingKeyIsRejectedAndChangesNothing() {
    Reply missing = client.post("/records/idem-4/open", null, Bodies.openRecord("c-1"));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.field("code")).isEqualTo("IdempotencyKeyMissing");
    assertThat(client.get("/records/idem-4").status()).isEqualTo(404);
  }

  @Test
  void aMissingKeyIsRefusedBeforeTheBodyIsValidated() {
    Reply missing = client.post("/inventory/reservations", null, "{\"lines\":[]}");
    Reply blank = client.post("/inventory/reservations/idem-7/release", " ");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.field("code")).isEqualTo("IdempotencyKeyMissing");
    assertThat(blank.status()).isEqualTo(400);
  }

  @Test
  void aRefusalIsRecordedAndReplayedEvenAfterTheCauseIsGone() {
    client.put("/admin/stock", "{\"IDEM-SKU\":1}");
    Reply refused =
        client.post(
            "/inventory/reservations", "res-5", Bodies.reservation("idem-5", "IDEM-SKU", 2));
    client.put("/admin/stock", "{\"IDEM-SKU\":10}");

    Reply again =
        client.post(
            "/inventory/reservations", "res-5", Bodies.reservation("idem-5", "IDEM-SKU", 2));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.field("code")).isEqualTo("OutOfStock");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(refused.body());
    assertThat(client.get("/inventory/stock/IDEM-SKU").json().path("reserved").asLong()).isZero();
  }

  @Test
  void concurrentRequestsWithOneKeyProduceOneEffect() throws Exception {
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.post(
                      "/inventory/reservations", "res-6", Bodies.reservation("idem-6", "SKU-2", 3));
                }));
      }
      start.countDown();
      List<Reply> answered = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        answered.add(reply.get());
      }

      assertThat(answered).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
      assertThat(answered.stream().filter(r -> r.header("Idempotent-Replayed").isEmpty()))
          .hasSize(1);
      assertThat(client.effectsOf("idem-6").path("stock.reserve").asLong()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
