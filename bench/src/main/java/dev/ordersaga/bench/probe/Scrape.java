package dev.ordersaga.bench.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads one value from a Prometheus text exposition (a worker's {@code /metrics}). */
public final class Scrape {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Scrape() {}

  /**
   * The value of the first sample of {@code metric} (its name with or without labels).
   *
   * @throws IllegalStateException when the page cannot be read or has no such sample
   */
  public static double value(URI metrics, String metric) {
    String page;
    try {
      page =
          CLIENT
              .send(
                  HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + metrics, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String line : page.split("\n")) {
      if (line.startsWith(metric + " ") || line.startsWith(metric + "{")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    throw new IllegalStateException("no " + metric + " in " + metrics);
  }
}
