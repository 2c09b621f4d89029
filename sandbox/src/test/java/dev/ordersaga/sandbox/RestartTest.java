package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Eventually;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {
  @TempDir Path dataDir;

  @Test
  void stateRecordedAnswersAndUndoFencesSurviveARestart() throws Exception {
    String db = TestApps.fileDatabase(dataDir);
    ConfigOverride slowSettle = ConfigOverride.config("payments.settleDelay", "1500ms");

    DropwizardTestSupport<SandboxConfiguration> first = TestApps.support(db, slowSettle);
    first.before();
    Reply reserved;
    String paymentId;
    try {
      SandboxClient client = new SandboxClient(first.getLocalPort());
      client.post("/records/keep-1/open", "keep-open", Bodies.openRecord("c-1"));
      reserved =
          client.post(
              "/inventory/reservations", "keep-res", Bodies.reservation("keep-1", "SKU-3", 7));
      paymentId =
          client
              .post("/payments", "keep-pay", Bodies.charge("keep-1", "tok_ok"))
              .field("paymentId");
      client.post("/shipments/orders/keep-1/cancel", "keep-ship:undo");
    } finally {
      first.after();
    }

    DropwizardTestSupport<SandboxConfiguration> second = TestApps.support(db, slowSettle);
    second.before();
    try {
      SandboxClient client = new SandboxClient(second.getLocalPort());
      Reply replay =
          client.post(
              "/inventory/reservations", "keep-res", Bodies.reservation("keep-1", "SKU-3", 7));

      assertThat(client.get("/records/keep-1").field("state")).isEqualTo("OPEN");
      assertThat(client.get("/inventory/stock/SKU-3").json().path("reserved").asLong())
          .isEqualTo(7);
      assertThat(client.get("/inventory/stock/SKU-3").json().path("available").asLong())
          .isEqualTo(993);
      Reply fenced = client.post("/shipments", "keep-ship", Bodies.shipment("keep-1", "12345"));

      assertThat(fenced.field("code")).isEqualTo("AlreadyUndone");
      assertThat(replay.header("Idempotent-Replayed")).contains("true");
      assertThat(replay.body()).isEqualTo(reserved.body());
      assertThat(client.effectsOf("keep-1").path("stock.reserve").asLong()).isEqualTo(1);
      assertThat(
              Eventually.await(
                  () -> client.get("/payments/" + paymentId).field("status"),
                  "SUCCEEDED"::equals,
                  Duration.ofSeconds(10)))
          .isEqualTo("SUCCEEDED");
    } finally {
      second.after();
    }
  }
}
