package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.ApiProcess.Reply;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API on the real dev server tells what happened and cannot be used to flood an order's
 * history: replayed webhooks, terminated runs, repeated cancels.
 */
class FrontDoorTruthIT {
  private static final int REPLAYS = 1_000;

  /** One signal and the payment check it triggers (10 measured on the dev server). */
  private static final int A_HANDFUL = 12;

  private static final Logger log = LoggerFactory.getLogger(FrontDoorTruthIT.class);
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack = new Stack("truth", Duration.ofSeconds(2), Duration.ofSeconds(120));
  }

  @Test
  void aThousandReplaysOfOneSignedEventAddAtMostAHandfulOfHistoryEvents() {
    String orderId = awaitingPayment();
    String event =
        """
        {"eventId":"evt-replayed","paymentId":"pay-x","orderId":"%s","status":"succeeded"}"""
            .formatted(orderId);
    String signature = sign(Instant.now().getEpochSecond(), event);
    int before = history(orderId).size();

    for (int i = 0; i < REPLAYS; i++) {
      Reply reply = stack.api.webhook(event, signature);
      assertThat(reply.status()).as("delivery %d", i).isEqualTo(202);
    }

    List<HistoryEvent> after = history(orderId);
    List<EventType> added =
        after.subList(before, after.size()).stream().map(HistoryEvent::getEventType).toList();
    log.info(
        "{} deliveries of one signed event added {} history events: {}",
        REPLAYS,
        added.size(),
        added);
    assertThat(added)
        .filteredOn(t -> t == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .hasSize(1);
    assertThat(added)
        .as("events added by %d deliveries", REPLAYS)
        .hasSizeLessThanOrEqualTo(A_HANDFUL);
  }

  @Test
  void aTimestampBeyondAnyInstantIs401AndLogsNoError() throws IOException {
    String event =
        """
        {"eventId":"evt-far","paymentId":"pay-x","orderId":"o-far","status":"succeeded"}""";

    Reply reply = stack.api.webhook(event, sign(99_999_999_999_999_999L, event));
    Reply ahead = stack.api.webhook(event, sign(Instant.now().getEpochSecond() + 120, event));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body().path("type").asText()).isEqualTo("/problems/invalid-signature");
    assertThat(ahead.status()).isEqualTo(401);
    assertThat(LogLines.of(stack.dir.resolve("api.log")))
        .isNotEmpty()
        .noneMatch(line -> line.path("level").asText().equals("ERROR"));
  }

  @Test
  void aTerminatedOrderShowsTerminatedFinishedAndWhy() {
    String orderId = awaitingPayment();

    stack.untyped(orderId).terminate("stopped by an operator");

    Reply order = stack.api.get("/orders/" + orderId);
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.body().path("status").asText()).isEqualTo("TERMINATED");
    assertThat(order.body().path("finished").asBoolean()).isTrue();
    assertThat(order.body().path("execution").asText()).isEqualTo("TERMINATED");
    assertThat(order.body().path("statusReason").asText())
        .contains("stopped by an operator")
        .contains("AWAITING_PAYMENT");
  }

  @Test
  void aCancelRepeatedAfterTheOrderIsCancelledAnswersLikeTheAcceptedOne() {
    String orderId = awaitingPayment();
    String path = "/orders/" + orderId;
    Reply accepted = stack.api.post(path + "/cancel", "{\"reason\":\"changed my mind\"}");
    ApiOrders.awaitStatus(stack.api, orderId, "CANCELLED", Duration.ofSeconds(60));

    Reply repeated = stack.api.post(path + "/cancel", "{\"reason\":\"changed my mind\"}");

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(repeated.status()).isEqualTo(202);
    assertThat(repeated.body().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(repeated.body().path("orderId").asText()).isEqualTo(orderId);
    assertThat(repeated.body().path("steps").size())
        .isEqualTo(accepted.body().path("steps").size());
  }

  private static String awaitingPayment() {
    String orderId = ApiOrders.place(stack.api, "tok_never");
    ApiOrders.awaitStatus(stack.api, orderId, "AWAITING_PAYMENT", Duration.ofSeconds(60));
    return orderId;
  }

  private static List<HistoryEvent> history(String orderId) {
    return stack.temporal.client().fetchHistory(OrderIds.workflowId(orderId)).getEvents();
  }

  private static String sign(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              ApiProcess.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
