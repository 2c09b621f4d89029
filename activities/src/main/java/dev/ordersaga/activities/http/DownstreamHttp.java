package dev.ordersaga.activities.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTP to one downstream system. Every outcome goes through the {@link
 * FailureClassifier}: a method returns the parsed 2xx answer or throws the {@link
 * ApplicationFailure} the classifier chose.
 *
 * <p>OkHttp itself repeats a request once after a 408, or a 503 with {@code Retry-After: 0}, and
 * after a failure on a stale pooled connection; the repeat carries the same {@code
 * Idempotency-Key}, so it is as safe as a Temporal retry.
 */
public final class DownstreamHttp {
  /** The request header the downstream systems deduplicate on. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** The answer header that marks a replay of a recorded answer. */
  public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

  private static final Logger log = LoggerFactory.getLogger(DownstreamHttp.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final Call.Factory client;
  private final ObjectMapper json;
  private final FailureClassifier classifier;
  private final HttpUrl baseUrl;

  public DownstreamHttp(
      Call.Factory client, ObjectMapper json, FailureClassifier classifier, HttpUrl baseUrl) {
    this.client = client;
    this.json = json;
    this.classifier = classifier;
    this.baseUrl = baseUrl;
  }

  /**
   * JSON over HTTP to {@code baseUrl} on an OkHttp client of its own: 5 s to connect, {@code
   * readTimeout} to read an answer; failures classified on the system clock.
   */
  public static DownstreamHttp to(String baseUrl, Duration readTimeout) {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(readTimeout)
            .build();
    return new DownstreamHttp(
        client,
        JsonMapper.create(),
        new FailureClassifier(JsonMapper.create(), Clock.systemUTC()),
        HttpUrl.get(baseUrl));
  }

  /** The URL of {@code segments} under the base URL, each segment percent-encoded. */
  public HttpUrl url(String... segments) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url.build();
  }

  /**
   * A body-less state change of one order ({@code POST} with {@code {}}, keyed by the command), the
   * shape of every undo and of commit/complete.
   *
   * @throws ApplicationFailure as classified by {@link FailureClassifier}
   */
  public void changeState(StepCommand command, String... segments) {
    changeState(command.idempotencyKey(), Map.of(), segments);
  }

  /**
   * A state change of one order: POSTs {@code body} to the URL of {@code segments} with {@code
   * Idempotency-Key: idempotencyKey} and logs the state the system reports afterwards ({@link
   * StateReply}), e.g. {@code RESERVED}, or {@code NONE} when there was nothing to change.
   *
   * @throws ApplicationFailure as classified by {@link FailureClassifier}
   */
  public void changeState(String idempotencyKey, Object body, String... segments) {
    StateReply reply = post(idempotencyKey, body, StateReply.class, segments);
    log.info("POST {}: state {}", url(segments).encodedPath(), reply.state());
  }

  /**
   * POSTs {@code body} as JSON to the URL of {@code segments} ({@link #url}) with {@code
   * Idempotency-Key: idempotencyKey}; the same key goes with every retry, so the system applies the
   * effect at most once.
   *
   * @return the answer parsed as {@code replyType}
   * @throws ApplicationFailure as classified by {@link FailureClassifier}
   */
  public <T> T post(String idempotencyKey, Object body, Class<T> replyType, String... segments) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("idempotencyKey must not be blank");
    }
    Request request =
        new Request.Builder()
            .url(url(segments))
            .header(IDEMPOTENCY_KEY, idempotencyKey)
            .post(RequestBody.create(serialize(body), JSON))
            .build();
    return call(request, replyType);
  }

  /**
   * POSTs {@code body} to a read-only endpoint of {@code url}, without an idempotency key: for
   * reads whose question does not fit a URL (e.g. {@code POST /payments/status}).
   *
   * @return the answer parsed as {@code replyType}
   * @throws ApplicationFailure as classified by {@link FailureClassifier}
   */
  public <T> T query(HttpUrl url, Object body, Class<T> replyType) {
    return call(
        new Request.Builder().url(url).post(RequestBody.create(serialize(body), JSON)).build(),
        replyType);
  }

  /**
   * GETs {@code url}.
   *
   * @return the answer parsed as {@code replyType}
   * @throws ApplicationFailure as classified by {@link FailureClassifier}
   */
  public <T> T get(HttpUrl url, Class<T> replyType) {
    return call(new Request.Builder().url(url).get().build(), replyType);
  }

  private <T> T call(Request request, Class<T> replyType) {
    int status;
    Headers headers;
    String text;
    try (Response response = client.newCall(request).execute()) {
      status = response.code();
      headers = response.headers();
      ResponseBody body = response.body();
      text = body.string();
    } catch (IOException e) {
      log.warn("{} {} failed: {}", request.method(), request.url().encodedPath(), e.toString());
      ApplicationFailure failure = classifier.classify(request, e);
      throw failure;
    }
    ApplicationFailure failure = classifier.classify(request, status, headers, text).orElse(null);
    if (failure != null) {
      log.warn("{} (type {})", failure.getOriginalMessage(), failure.getType());
      throw failure;
    }
    if ("true".equalsIgnoreCase(headers.get(IDEMPOTENT_REPLAYED))) {
      log.info(
          "{} {} answered {} (replayed: the effect had already happened)",
          request.method(),
          request.url().encodedPath(),
          status);
    } else {
      log.debug("{} {} answered {}", request.method(), request.url().encodedPath(), status);
    }
    return parse(request, status, text, replyType);
  }

  private <T> T parse(Request request, int status, String text, Class<T> replyType) {
    try {
      T reply = json.readValue(text, replyType);
      if (reply == null) {
        throw classifier.unexpected(request, status, "empty body", null);
      }
      return reply;
    } catch (JsonProcessingException e) {
      throw classifier.unexpected(request, status, e.getOriginalMessage(), e);
    }
  }

  private byte[] serialize(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write request body " + body, e);
    }
  }
}
