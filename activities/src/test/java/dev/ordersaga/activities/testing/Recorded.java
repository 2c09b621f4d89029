package dev.ordersaga.activities.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Assertions on the requests a {@link MockWebServer} received. */
public final class Recorded {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Recorded() {}

  /** The next request, failing when none arrives within a second. */
  public static RecordedRequest next(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  /** Asserts a POST to {@code path} with {@code key} and a JSON body equal to {@code json}. */
  public static void assertPost(RecordedRequest request, String path, String key, String json)
      throws JsonProcessingException {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo(key);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(request)).isEqualTo(JSON.readTree(json));
  }

  /** The request's body as a JSON tree. */
  public static JsonNode body(RecordedRequest request) throws JsonProcessingException {
    return JSON.readTree(request.getBody() == null ? "" : request.getBody().utf8());
  }
}
