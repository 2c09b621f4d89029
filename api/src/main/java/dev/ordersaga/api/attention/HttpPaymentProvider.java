package dev.ordersaga.api.attention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET {payments}/payments/{paymentId}} on the provider, as the workers read it. */
public final class HttpPaymentProvider implements PaymentProvider {
  private static final Logger log = LoggerFactory.getLogger(HttpPaymentProvider.class);

  private final HttpClient http;
  private final URI base;
  private final Duration deadline;
  private final ObjectMapper json;

  /**
   * @param base the provider's root, e.g. {@code http://127.0.0.1:9090}
   * @param deadline how long one read may take
   */
  public HttpPaymentProvider(URI base, Duration deadline, ObjectMapper json) {
    this.http = HttpClient.newBuilder().connectTimeout(deadline).build();
    this.base = base;
    this.deadline = deadline;
    this.json = json;
  }

  @Override
  public Optional<String> status(String paymentId) {
    URI uri =
        base.resolve(
            "/payments/"
                + URLEncoder.encode(paymentId, StandardCharsets.UTF_8).replace("+", "%20"));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(deadline).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        log.info("payment {}: the provider answered {}", paymentId, response.statusCode());
        return Optional.empty();
      }
      JsonNode status = json.readTree(response.body()).path("status");
      return status.isTextual() ? Optional.of(status.asText()) : Optional.empty();
    } catch (IOException e) {
      log.info("payment {}: the provider did not answer: {}", paymentId, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
