package dev.ordersaga.activities.testing;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.http.FailureClassifier;
import dev.ordersaga.activities.http.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

/** A {@link DownstreamHttp} against a {@link MockWebServer}, with short timeouts. */
public final class TestHttp {
  /** The read timeout of {@link #against}: an answer slower than this is a timeout. */
  public static final Duration READ_TIMEOUT = Duration.ofMillis(500);

  private TestHttp() {}

  public static DownstreamHttp against(MockWebServer server) {
    return against(server, Clock.systemUTC());
  }

  public static DownstreamHttp against(MockWebServer server, Clock clock) {
    return against(server, new FailureClassifier(JsonMapper.create(), clock));
  }

  /** A client of {@code server} classifying its answers with {@code classifier}. */
  public static DownstreamHttp against(MockWebServer server, FailureClassifier classifier) {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofMillis(500))
            .readTimeout(READ_TIMEOUT)
            .callTimeout(Duration.ofSeconds(2))
            .followRedirects(false)
            .build();
    return new DownstreamHttp(client, JsonMapper.create(), classifier, server.url("/"));
  }
}
