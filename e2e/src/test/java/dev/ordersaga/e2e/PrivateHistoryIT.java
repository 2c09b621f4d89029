package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.samples.SampleOrders;
import dev.ordersaga.processes.CodecServerProcess;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.StackCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An order's history as Temporal stores it holds none of the customer's personal data; read through
 * the codec server, as an operator reads it with the operator token, it holds all of it.
 */
class PrivateHistoryIT {
  private static final String TOKEN = "tok_ok";
  private static final List<String> PERSONAL =
      List.of(
          SampleOrders.ADDRESS.name(),
          SampleOrders.ADDRESS.line1(),
          SampleOrders.ADDRESS.postalCode(),
          TOKEN);

  private static final Pattern DATA = Pattern.compile("\"data\":\\s*\"([A-Za-z0-9+/=]+)\"");

  @AutoClose private static Stack stack;
  private static TemporalCli cli;
  private static String orderId;
  private static String workflowId;

  @BeforeAll
  static void up() {
    stack = new Stack("private", Duration.ofSeconds(1), Duration.ofSeconds(60));
    cli = new TemporalCli(stack);
    orderId = ApiOrders.place(stack.api, TOKEN);
    workflowId = OrderIds.workflowId(orderId);
    ApiOrders.awaitStatus(stack.api, orderId, "COMPLETED", Duration.ofSeconds(60));
  }

  @Test
  void theStoredHistoryHoldsNoNameStreetPostalCodeOrPaymentToken() {
    CommandOutput stored = cli.showHistory(workflowId);

    assertThat(stored.exit()).isZero();
    assertThat(stored.output())
        .contains("WORKFLOW_EXECUTION_COMPLETED", encoded("binary/encrypted"));
    assertThat(readable(stored.output())).doesNotContain(PERSONAL);
  }

  @Test
  void theHistoryReadThroughTheCodecServerHoldsThemAll() {
    CommandOutput decoded = throughCodec(stack.codecServer.url());

    assertThat(decoded.exit()).isZero();
    assertThat(readable(decoded.output())).contains(PERSONAL);
  }

  @Test
  void theRunbookPrintsTheOrderDecoded() {
    String printed = stack.runbook().runForOrder("decoded-history", orderId);

    assertThat(printed).contains(PERSONAL);
  }

  @Test
  void theCodecServerRefusesACliWithoutTheOperatorToken() {
    CommandOutput refused =
        cli.showHistory(workflowId, "--codec-endpoint", stack.codecServer.url());

    assertThat(readable(refused.output())).doesNotContain(PERSONAL);
  }

  @Test
  void afterKeyRotationTheHistoryWrittenWithTheOldKeyStaysReadable() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    String rotated = "rotated:" + Base64.getEncoder().encodeToString(key) + "," + StackCodec.KEYS;
    try (CodecServerProcess afterRotation =
        new CodecServerProcess(
            Stack.JAVA,
            Stack.property("e2e.workerJar"),
            stack.dir,
            FreePorts.next(),
            null,
            Map.of("ORDER_SAGA_CODEC_KEYS", rotated, "ORDER_SAGA_CODEC_KEY_ID", "rotated"))) {
      CommandOutput decoded = throughCodec(afterRotation.url());

      assertThat(decoded.exit()).isZero();
      assertThat(readable(decoded.output())).contains(PERSONAL);
    }
  }

  private static CommandOutput throughCodec(String endpoint) {
    return cli.showHistory(
        workflowId,
        "--codec-endpoint",
        endpoint,
        "--codec-auth",
        CodecServerProcess.authorization());
  }

  /** The CLI's output with every payload's base64 {@code data} decoded beside it. */
  private static String readable(String output) {
    StringBuilder text = new StringBuilder(output);
    Matcher data = DATA.matcher(output);
    while (data.find()) {
      text.append('\n')
          .append(new String(Base64.getDecoder().decode(data.group(1)), StandardCharsets.UTF_8));
    }
    return text.toString();
  }

  private static String encoded(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
