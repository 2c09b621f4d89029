package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminStateTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  private final SandboxClient client = APP.client();

  @Test
  void stateListsWhatReallyHappenedInEverySystem() {
    client.post("/records/st-1/open", "st-open", Bodies.openRecord("c-1"));
    client.post("/inventory/reservations", "st-res", Bodies.reservation("st-1", "SKU-1", 2));
    String paymentId =
        client.post("/payments", "st-pay", Bodies.charge("st-1", "tok_never")).field("paymentId");
    String shipmentId =
        client.post("/shipments", "st-ship", Bodies.shipment("st-1", "12345")).field("shipmentId");
    client.post("/shipments/orders/st-1/cancel", "st-ship-undo");
    client.post("/notifications/merchant", "st-ntf", Bodies.merchantNotice("st-1"));
    client.post("/payments", "st-pay", Bodies.charge("st-1", "tok_never"));
    client.post("/payments", "st-pay", Bodies.charge("st-1", "tok_never"));
    client.post("/inventory/reservations", "st-res", Bodies.reservation("st-1", "SKU-1", 2));

    JsonNode state = client.get("/admin/state").json();

    assertThat(state.path("inventory").path("SKU-1").path("reserved").asLong()).isEqualTo(2);
    assertThat(state.path("inventory").path("SKU-1").path("available").asLong()).isEqualTo(998);
    JsonNode payment = state.path("payments").get(0);
    assertThat(payment.path("paymentId").asText()).isEqualTo(paymentId);
    assertThat(payment.path("orderId").asText()).isEqualTo("st-1");
    assertThat(payment.path("status").asText()).isEqualTo("PENDING");
    assertThat(payment.path("amount").isTextual()).isTrue();
    assertThat(payment.path("amount").asText()).isEqualTo("44.98");
    JsonNode shipment = state.path("shipments").get(0);
    assertThat(shipment.path("shipmentId").asText()).isEqualTo(shipmentId);
    assertThat(shipment.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(state.path("notifications").get(0).path("orderId").asText()).isEqualTo("st-1");
    assertThat(state.path("orders").get(0).path("orderId").asText()).isEqualTo("st-1");
    assertThat(state.path("orders").get(0).path("state").asText()).isEqualTo("OPEN");
    assertThat(state.path("replays").path("payments").asLong()).isEqualTo(2);
    assertThat(state.path("replays").path("inventory").asLong()).isEqualTo(1);
    assertThat(state.path("replays").path("records").asLong()).isZero();
    assertThat(state.path("replays").path("shipping").asLong()).isZero();
    assertThat(state.path("replays").path("notifications").asLong()).isZero();
    JsonNode effects = state.path("effects").path("st-1");
    assertThat(effects.path("payment.charge").asLong()).isEqualTo(1);
    assertThat(effects.path("stock.reserve").asLong()).isEqualTo(1);
    assertThat(effects.path("shipment.create").asLong()).isEqualTo(1);
    assertThat(effects.path("shipment.cancel").asLong()).isEqualTo(1);
    assertThat(effects.path("merchant.notify").asLong()).isEqualTo(1);
  }
}
