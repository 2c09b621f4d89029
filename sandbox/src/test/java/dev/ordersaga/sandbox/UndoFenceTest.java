package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

class UndoFenceTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  private final SandboxClient client = APP.client();

  @Test
  void aChargeArrivingAfterItsRefundIsRefusedAndChargesNothing() {
    Reply refund = client.post("/payments/orders/late-1/refund", "late-1:request-payment:undo");

    Reply charge =
        client.post("/payments", "late-1:request-payment", Bodies.charge("late-1", "tok_ok"));

    assertThat(refund.field("status")).isEqualTo("NONE");
    assertAlreadyUndone(charge);
    assertThat(paymentsOf("late-1")).isEmpty();
    assertThat(client.effectsOf("late-1").path("payment.charge").asLong()).isZero();
  }

  @Test
  void aReplayedChargeAfterItsRefundIsRefusedInsteadOfAnsweringTheReversedPayment() {
    Reply first =
        client.post(
            "/payments", "replay-1:request-payment", Bodies.charge("replay-1", "tok_never"));
    client.post("/payments/orders/replay-1/refund", "replay-1:request-payment:undo");

    Reply replay =
        client.post(
            "/payments", "replay-1:request-payment", Bodies.charge("replay-1", "tok_never"));

    assertThat(first.status()).isEqualTo(201);
    assertAlreadyUndone(replay);
    assertThat(replay.header("Idempotent-Replayed")).isEmpty();
    assertThat(paymentsOf("replay-1"))
        .extracting(p -> p.path("status").asText())
        .containsExactly("VOIDED");
    assertThat(client.effectsOf("replay-1").path("payment.charge").asLong()).isEqualTo(1);
  }

  @Test
  void aForwardCallThenItsUndoStillUndoesAndTheUndoReplays() {
    client.post("/payments", "fwd-1:request-payment", Bodies.charge("fwd-1", "tok_never"));

    Reply refund = client.post("/payments/orders/fwd-1/refund", "fwd-1:request-payment:undo");
    Reply again = client.post("/payments/orders/fwd-1/refund", "fwd-1:request-payment:undo");

    assertThat(refund.field("status")).isEqualTo("VOIDED");
    assertThat(again.field("status")).isEqualTo("VOIDED");
    assertThat(again.header("Idempotent-Replayed")).contains("true");
  }

  @Test
  void everyCompensatableStepRefusesItsForwardCallAfterItsUndo() {
    client.post("/records/all-1/cancel", "all-1:open-record:undo");
    client.post("/inventory/reservations/all-1/release", "all-1:reserve-stock:undo");
    client.post("/inventory/reservations/all-1/restock", "all-1:commit-stock:undo");
    client.post("/shipments/orders/all-1/cancel", "all-1:create-shipment:undo");

    assertAlreadyUndone(
        client.post("/records/all-1/open", "all-1:open-record", Bodies.openRecord("c")));
    assertAlreadyUndone(
        client.post(
            "/inventory/reservations",
            "all-1:reserve-stock",
            Bodies.reservation("all-1", "SKU-1", 1)));
    assertAlreadyUndone(client.post("/inventory/reservations/all-1/commit", "all-1:commit-stock"));
    assertAlreadyUndone(
        client.post("/shipments", "all-1:create-shipment", Bodies.shipment("all-1", "12345")));
    JsonNode effects = client.effectsOf("all-1");
    assertThat(effects.path("record.open").asLong()).isZero();
    assertThat(effects.path("stock.reserve").asLong()).isZero();
    assertThat(effects.path("stock.commit").asLong()).isZero();
    assertThat(effects.path("shipment.create").asLong()).isZero();
  }

  @Test
  void anUndoFencesOnlyItsOwnOrderAndStep() {
    client.post("/payments/orders/other-1/refund", "other-1:request-payment:undo");

    Reply otherOrder =
        client.post("/payments", "other-2:request-payment", Bodies.charge("other-2", "tok_never"));
    Reply otherStep =
        client.post(
            "/inventory/reservations",
            "other-1:reserve-stock",
            Bodies.reservation("other-1", "SKU-1", 1));

    assertThat(otherOrder.status()).isEqualTo(201);
    assertThat(otherStep.status()).isEqualTo(201);
  }

  @Test
  void aChargeRacingItsRefundIsEitherRefusedOrUndone() throws Exception {
    int orders = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Reply>> charges = new ArrayList<>();
      List<Future<Reply>> refunds = new ArrayList<>();
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < orders; i++) {
        String orderId = "race-" + i;
        charges.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.post(
                      "/payments",
                      orderId + ":request-payment",
                      Bodies.charge(orderId, "tok_never"));
                }));
        refunds.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.post(
                      "/payments/orders/" + orderId + "/refund", orderId + ":request-payment:undo");
                }));
      }
      start.countDown();
      for (Future<Reply> refund : refunds) {
        refund.get();
      }
      for (int i = 0; i < orders; i++) {
        Reply charge = charges.get(i).get();
        List<JsonNode> payments = paymentsOf("race-" + i);
        if (charge.status() == 201) {
          assertThat(payments).extracting(p -> p.path("status").asText()).containsExactly("VOIDED");
        } else {
          assertAlreadyUndone(charge);
          assertThat(payments).isEmpty();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertAlreadyUndone(Reply reply) {
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.field("code")).isEqualTo("AlreadyUndone");
  }

  private List<JsonNode> paymentsOf(String orderId) {
    List<JsonNode> payments = new ArrayList<>();
    client
        .get("/admin/state")
        .json()
        .path("payments")
        .forEach(
            payment -> {
              if (payment.path("orderId").asText().equals(orderId)) {
                payments.add(payment);
              }
            });
    return payments;
  }
}
