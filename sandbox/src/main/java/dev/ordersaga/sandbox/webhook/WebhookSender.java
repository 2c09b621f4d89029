package dev.ordersaga.sandbox.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.sandbox.representations.PaymentEvent;
import dev.ordersaga.telemetry.LogFields;
import dev.ordersaga.telemetry.logging.LogContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers payment events to the callback URL, at most once each: an event is either dropped (with
 * probability {@code dropRate}) or POSTed once, asynchronously; a failed delivery is logged and
 * never retried. Nothing is sent when the callback URL is empty.
 */
public final class WebhookSender {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

  private final HttpClient client;
  private final ObjectMapper mapper;
  private final WebhookSigner signer;
  private final String callbackUrl;
  private final double dropRate;
  private final DoubleSupplier random;
  private final Duration timeout;

  /**
   * A sender to {@code callbackUrl}.
   *
   * @param random uniform draws in [0, 1) deciding drops
   */
  public WebhookSender(
      ObjectMapper mapper,
      WebhookSigner signer,
      String callbackUrl,
      double dropRate,
      Duration timeout,
      DoubleSupplier random) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.mapper = mapper;
    this.signer = signer;
    this.callbackUrl = callbackUrl;
    this.dropRate = dropRate;
    this.timeout = timeout;
    this.random = random;
  }

  /** Sends {@code event}, or drops it; never blocks on the receiver. */
  public void send(PaymentEvent event) {
    if (callbackUrl.isBlank()) {
      return;
    }
    if (random.getAsDouble() < dropRate) {
      try (LogContext ignored = about(event)) {
        LOG.info(
            "dropped webhook {} for payment {} (dropRate {})",
            event.eventId(),
            event.paymentId(),
            dropRate);
      }
      return;
    }
    String body = write(event);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(callbackUrl))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header(WebhookSigner.HEADER, signer.sign(body, Instant.now().getEpochSecond()))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete((response, failure) -> logDelivery(event, response, failure));
  }

  private void logDelivery(PaymentEvent event, HttpResponse<Void> response, Throwable failure) {
    try (LogContext ignored = about(event)) {
      if (failure != null) {
        LOG.warn("webhook {} to {} failed: {}", event.eventId(), callbackUrl, failure.toString());
      } else if (response.statusCode() >= 300) {
        LOG.warn(
            "webhook {} to {} answered {}", event.eventId(), callbackUrl, response.statusCode());
      } else {
        LOG.info(
            "webhook {} delivered ({} {})", event.eventId(), event.paymentId(), event.status());
      }
    }
  }

  private static LogContext about(PaymentEvent event) {
    return LogContext.open(Map.of(LogFields.ORDER_ID, event.orderId()));
  }

  private String write(PaymentEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a payment event", e);
    }
  }
}
