package dev.ordersaga.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prometheus (Debian's package, {@code scripts/install-prometheus.sh}) in its own process on a free
 * loopback port, scraping the given pages every second and evaluating the project's rule files
 * ({@code deploy/prometheus/rules}) every second. The rules' expressions are the shipped ones;
 * their {@code for:} durations (checked by {@code promtool test rules}) are cut to {@code holdFor},
 * so an end-to-end test sees an alert fire in seconds rather than minutes.
 */
public final class PrometheusProcess implements StackPart {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Http http = new Http(Duration.ofSeconds(10));
  private final int port = FreePorts.next();
  private final ManagedProcess process;

  /**
   * Starts {@code binary} under {@code dir}, scraping each job's pages ({@code targets}: job name
   * to the pages' URIs) and evaluating the rule files of {@code rules} with every {@code for:} cut
   * to {@code holdFor}; answers once ready.
   */
  public PrometheusProcess(
      Path binary, Path rules, Duration holdFor, Map<String, List<URI>> targets, Path dir) {
    try {
      Path config = dir.resolve("prometheus");
      Files.createDirectories(config.resolve("rules"));
      List<String> ruleFiles = copyRules(rules, config.resolve("rules"), holdFor);
      Files.writeString(
          config.resolve("prometheus.yml"),
          JSON.writeValueAsString(configuration(ruleFiles, targets)));
      process =
          ManagedProcess.start(
              "prometheus",
              List.of(
                  binary.toString(),
                  "--config.file=" + config.resolve("prometheus.yml"),
                  "--storage.tsdb.path=" + config.resolve("data"),
                  "--web.listen-address=127.0.0.1:" + port),
              Map.of(),
              dir.resolve("prometheus.log"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Prometheus' configuration under " + dir, e);
    }
    Await.until(
        "Prometheus to be ready (log " + process.log() + ")",
        Duration.ofSeconds(30),
        () -> http.get(uri("/api/v1/status/buildinfo"), null).status() == 200);
  }

  /**
   * The labels of each alert named {@code alertName} that fires now ({@code GET /api/v1/alerts},
   * state {@code firing}); empty while none does.
   */
  public List<JsonNode> firing(String alertName) {
    List<JsonNode> firing = new ArrayList<>();
    for (JsonNode alert :
        http.get(uri("/api/v1/alerts"), null).body().path("data").path("alerts")) {
      if (alert.path("labels").path("alertname").asText().equals(alertName)
          && alert.path("state").asText().equals("firing")) {
        firing.add(alert.path("labels"));
      }
    }
    return firing;
  }

  /**
   * The value of {@code query}'s first sample now ({@code GET /api/v1/query}), or null while it has
   * none.
   */
  public Double value(String query) {
    URI uri = uri("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    JsonNode sample = http.get(uri, null).body().path("data").path("result").path(0);
    return sample.isObject() ? Double.valueOf(sample.path("value").path(1).asText()) : null;
  }

  /** Whether every scrape target answered its last scrape ({@code GET /api/v1/targets}). */
  public boolean allTargetsUp() {
    JsonNode active =
        http.get(uri("/api/v1/targets"), null).body().path("data").path("activeTargets");
    if (active.isEmpty()) {
      return false;
    }
    for (JsonNode target : active) {
      if (!target.path("health").asText().equals("up")) {
        return false;
      }
    }
    return true;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.stop();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static List<String> copyRules(Path from, Path to, Duration holdFor) throws IOException {
    List<String> copies = new ArrayList<>();
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        Path copy = to.resolve(file.getFileName());
        String rules = Files.readString(file);
        Files.writeString(
            copy, rules.replaceAll("(?m)^(\\s+for: ).*$", "$1" + holdFor.toSeconds() + "s"));
        copies.add(copy.toString());
      }
    }
    return copies;
  }

  private static Map<String, Object> configuration(
      List<String> ruleFiles, Map<String, List<URI>> targets) {
    List<Map<String, Object>> jobs = new ArrayList<>();
    targets.forEach(
        (job, pages) -> {
          List<Map<String, Object>> groups = new ArrayList<>();
          for (URI page : pages) {
            groups.add(
                Map.of(
                    "targets",
                    List.of(page.getHost() + ":" + page.getPort()),
                    "labels",
                    Map.of("__metrics_path__", page.getPath())));
          }
          jobs.add(Map.of("job_name", job, "static_configs", groups));
        });
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("global", Map.of("scrape_interval", "1s", "evaluation_interval", "1s"));
    configuration.put("rule_files", ruleFiles);
    configuration.put("scrape_configs", jobs);
    return configuration;
  }
}
