package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.sandbox.payments.PaymentSettler;
import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Eventually;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import dev.ordersaga.sandbox.support.WebhookReceiver;
import dev.ordersaga.sandbox.webhook.WebhookSender;
import dev.ordersaga.sandbox.webhook.WebhookSigner;
import dev.ordersaga.telemetry.LogFields;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class PaymentsTest {
  private static final String SECRET = "whsec_payments_test";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

  static final WebhookReceiver RECEIVER = new WebhookReceiver();

  @RegisterExtension
  static final SandboxExtension APP =
      SandboxExtension.inMemory(
          ConfigOverride.config("payments.settleDelay", "100ms"),
          ConfigOverride.config("webhook.callbackUrl", RECEIVER.url()),
          ConfigOverride.config("webhook.secret", SECRET));

  private final SandboxClient client = APP.client();

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  @Test
  void tokOkSettlesSucceededAndTokNeverStaysPending() {
    String never = charge("pay-never", "tok_never").field("paymentId");
    Reply charged = charge("pay-ok", "tok_ok");
    assertThat(charged.status()).isEqualTo(201);
    assertThat(charged.field("status")).isEqualTo("PENDING");

    JsonNode settled = awaitSettled(charged.field("paymentId"));

    assertThat(settled.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(client.get("/payments/" + never).field("status")).isEqualTo("PENDING");
    assertThat(client.effectsOf("pay-ok").path("payment.charge").asLong()).isEqualTo(1);
  }

  @Test
  void theLinesOfASettlementAndItsWebhookNameTheOrder() {
    List<ILoggingEvent> logged = new CopyOnWriteArrayList<>();
    AppenderBase<ILoggingEvent> lines =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent line) {
            line.prepareForDeferredProcessing();
            logged.add(line);
          }
        };
    lines.start();
    Logger settler = (Logger) LoggerFactory.getLogger(PaymentSettler.class);
    Logger sender = (Logger) LoggerFactory.getLogger(WebhookSender.class);
    List<ILoggingEvent> aboutThePayment;
    try {
      for (Logger logger : List.of(settler, sender)) {
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
      }
      String paymentId = charge("pay-logged", "tok_ok").field("paymentId");
      aboutThePayment =
          Eventually.await(
              () ->
                  logged.stream()
                      .filter(line -> line.getFormattedMessage().contains(paymentId))
                      .toList(),
              found -> found.size() >= 2,
              WAIT);
    } finally {
      for (Logger logger : List.of(settler, sender)) {
        logger.detachAppender(lines);
        logger.setLevel(null);
      }
    }

    assertThat(aboutThePayment)
        .extracting(line -> line.getMDCPropertyMap().get(LogFields.ORDER_ID))
        .containsOnly("pay-logged");
  }

  @Test
  void tokDeclineSettlesDeclinedWithItsReason() {
    Reply charged = charge("pay-decline", "tok_decline");

    JsonNode settled = awaitSettled(charged.field("paymentId"));

    assertThat(settled.path("status").asText()).isEqualTo("DECLINED");
    assertThat(settled.path("reason").asText()).isEqualTo("card declined");
  }

  @Test
  void anUnknownTokenIsAnInvalidOrder() {
    Reply refused = charge("pay-bad", "tok_stolen");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.field("code")).isEqualTo("InvalidOrder");
    assertThat(client.effectsOf("pay-bad").path("payment.charge").asLong()).isZero();
  }

  @Test
  void refundVoidsAPendingPayment() {
    String paymentId = charge("refund-pending", "tok_never").field("paymentId");

    Reply refund = client.post("/payments/orders/refund-pending/refund", "refund-pending-undo");

    assertThat(refund.status()).isEqualTo(200);
    assertThat(refund.field("status")).isEqualTo("VOIDED");
    assertThat(client.get("/payments/" + paymentId).field("status")).isEqualTo("VOIDED");
  }

  @Test
  void refundRefundsASucceededPayment() {
    String paymentId = charge("refund-ok", "tok_ok").field("paymentId");
    awaitSettled(paymentId);

    Reply refund = client.post("/payments/orders/refund-ok/refund", "refund-ok-undo");
    Reply replay = client.post("/payments/orders/refund-ok/refund", "refund-ok-undo");

    assertThat(refund.field("status")).isEqualTo("REFUNDED");
    assertThat(replay.header("Idempotent-Replayed")).contains("true");
    assertThat(client.get("/payments/" + paymentId).field("status")).isEqualTo("REFUNDED");
    assertThat(client.effectsOf("refund-ok").path("payment.refund").asLong()).isEqualTo(1);
  }

  @Test
  void refundAnswersNoneWithoutPaymentOrAfterDecline() {
    awaitSettled(charge("refund-declined", "tok_decline").field("paymentId"));

    Reply none = client.post("/payments/orders/refund-nothing/refund", "refund-nothing");
    Reply declined = client.post("/payments/orders/refund-declined/refund", "refund-declined");

    assertThat(none.status()).isEqualTo(200);
    assertThat(none.field("status")).isEqualTo("NONE");
    assertThat(declined.field("status")).isEqualTo("NONE");
  }

  @Test
  void theSettlementWebhookCarriesAVerifiableSignature() {
    String paymentId = charge("hook-1", "tok_ok").field("paymentId");

    WebhookReceiver.Delivery delivery = awaitDelivery(paymentId);

    Matcher signature = SIGNATURE.matcher(delivery.signature());
    assertThat(signature.matches()).as(delivery.signature()).isTrue();
    String expected = new WebhookSigner(SECRET).hmacHex(signature.group(1) + "." + delivery.body());
    assertThat(signature.group(2)).isEqualTo(expected);
    assertThat(Long.parseLong(signature.group(1)))
        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
    JsonNode event = SandboxClient.parse(delivery.body());
    assertThat(event.path("eventId").asText()).isNotBlank();
    assertThat(event.path("orderId").asText()).isEqualTo("hook-1");
    assertThat(event.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(Instant.parse(event.path("occurredAt").asText())).isNotNull();
  }

  @Test
  void adminSettlesAPendingPaymentNowAndFiresTheWebhook() {
    String paymentId = charge("admin-settle", "tok_never").field("paymentId");

    Reply settled = client.put("/admin/payments/" + paymentId, "{\"status\":\"SUCCEEDED\"}");
    Reply again = client.put("/admin/payments/" + paymentId, "{\"status\":\"SUCCEEDED\"}");

    assertThat(settled.status()).isEqualTo(200);
    assertThat(settled.field("status")).isEqualTo("SUCCEEDED");
    assertThat(again.status()).isEqualTo(409);
    assertThat(SandboxClient.parse(awaitDelivery(paymentId).body()).path("status").asText())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void adminSettlesEveryPendingPaymentAtOnce() {
    String first = charge("settle-all-1", "tok_never").field("paymentId");
    String second = charge("settle-all-2", "tok_never").field("paymentId");

    Reply settled = client.put("/admin/payments", "{\"status\":\"SUCCEEDED\"}");

    assertThat(settled.status()).isEqualTo(200);
    assertThat(SandboxClient.parse(settled.body()).path("settled").asInt())
        .isGreaterThanOrEqualTo(2);
    assertThat(client.get("/payments/" + first).field("status")).isEqualTo("SUCCEEDED");
    assertThat(client.get("/payments/" + second).field("status")).isEqualTo("SUCCEEDED");
  }

  @Test
  void aSecondChargeOfAPaidOrderAnswersTheFirstPayment() {
    String first = charge("pay-twice", "tok_never").field("paymentId");

    Reply second =
        client.post("/payments", "pay-twice-other-key", Bodies.charge("pay-twice", "tok_ok"));

    assertThat(second.field("paymentId")).isEqualTo(first);
    assertThat(client.effectsOf("pay-twice").path("payment.charge").asLong()).isEqualTo(1);
  }

  @Test
  void batchStatusAnswersTheKnownPaymentsOfManyWithoutAKey() {
    String pending = charge("batch-never", "tok_never").field("paymentId");
    String voided = charge("batch-void", "tok_never").field("paymentId");
    client.post("/payments/orders/batch-void/refund", "refund-batch-void");

    Reply reply =
        client.post(
            "/payments/status",
            null,
            "{\"paymentIds\":[\"" + pending + "\",\"" + voided + "\",\"pay_unknown\"]}");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode payments = reply.json().path("payments");
    assertThat(payments).hasSize(2);
    for (JsonNode payment : payments) {
      String expected = payment.path("paymentId").asText().equals(pending) ? "PENDING" : "VOIDED";
      assertThat(payment.path("status").asText()).isEqualTo(expected);
    }
  }

  @Test
  void batchStatusRefusesAnEmptyList() {
    assertThat(client.post("/payments/status", null, "{\"paymentIds\":[]}").status())
        .isEqualTo(422);
  }

  private Reply charge(String orderId, String token) {
    return client.post("/payments", "charge-" + orderId, Bodies.charge(orderId, token));
  }

  private JsonNode awaitSettled(String paymentId) {
    return Eventually.await(
        () -> client.get("/payments/" + paymentId).json(),
        payment -> !payment.path("status").asText().equals("PENDING"),
        WAIT);
  }

  private WebhookReceiver.Delivery awaitDelivery(String paymentId) {
    Optional<WebhookReceiver.Delivery> found =
        Eventually.await(() -> find(RECEIVER.deliveries(), paymentId), Optional::isPresent, WAIT);
    return found.orElseThrow();
  }

  private static Optional<WebhookReceiver.Delivery> find(
      List<WebhookReceiver.Delivery> deliveries, String paymentId) {
    return deliveries.stream()
        .filter(d -> SandboxClient.parse(d.body()).path("paymentId").asText().equals(paymentId))
        .findFirst();
  }
}
