package dev.ordersaga.processes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.telemetry.metrics.DropwizardMetrics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox of downstream systems in its own process, with its own database file, and a small
 * client of its admin API.
 */
public final class SandboxProcess implements StackPart {
  private final int port;
  private final int adminPort;
  private final Http http = new Http(Duration.ofSeconds(120));
  private final ManagedProcess process;

  /** The ports and files a sandbox runs on; the same for every start of it. */
  public record Place(int port, int adminPort, Path dir, String webhookUrl, String webhookSecret) {
    public static Place on(Path dir, String webhookUrl, String webhookSecret) {
      return new Place(FreePorts.next(), FreePorts.next(), dir, webhookUrl, webhookSecret);
    }

    Map<String, String> environment(Map<String, String> more) {
      Map<String, String> env = new HashMap<>(more);
      env.put("SANDBOX_WEBHOOK_URL", webhookUrl);
      env.put("SANDBOX_WEBHOOK_SECRET", webhookSecret);
      return env;
    }
  }

  /**
   * Starts a sandbox on free ports under {@code dir} with its default JIT and logging.
   *
   * @param moreEnvironment further variables, e.g. {@code SANDBOX_WEBHOOK_URL}
   */
  public SandboxProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Path dir,
      Duration settleDelay,
      Map<String, String> moreEnvironment) {
    this(
        javaBinary,
        jar,
        config,
        FreePorts.next(),
        FreePorts.next(),
        dir,
        settleDelay,
        moreEnvironment,
        List.of());
  }

  /**
   * Starts the sandbox at {@code place}, as the benchmark does. It stands in for providers that
   * would run on other machines, so it runs with the C1 compiler only and logs warnings only: its
   * JIT then costs a fraction of the CPU that the processes being measured share with it (C2
   * compiling a freshly started sandbox used to take as much CPU as its requests).
   *
   * @param moreEnvironment further variables, e.g. {@code JaegerProcess.tracingEnvironment()}
   */
  public SandboxProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Place place,
      Duration settleDelay,
      Map<String, String> moreEnvironment) {
    this(
        javaBinary,
        jar,
        config,
        place.port(),
        place.adminPort(),
        place.dir(),
        settleDelay,
        place.environment(moreEnvironment),
        List.of("-XX:TieredStopAtLevel=1", "-Dlogging.level=WARN", "-Ddw.logging.level=WARN"));
  }

  private SandboxProcess(
      Path javaBinary,
      Path jar,
      Path config,
      int port,
      int adminPort,
      Path dir,
      Duration settleDelay,
      Map<String, String> moreEnvironment,
      List<String> jvmFlags) {
    this.port = port;
    this.adminPort = adminPort;
    Map<String, String> env = new HashMap<>(moreEnvironment);
    env.put("SANDBOX_PORT", String.valueOf(port));
    env.put("SANDBOX_ADMIN_PORT", String.valueOf(adminPort));
    env.put("SANDBOX_ADMIN_ENABLED", "true");
    env.put("SANDBOX_SETTLE_DELAY", settleDelay.toMillis() + "ms");
    env.put(
        "SANDBOX_DB_URL",
        "jdbc:h2:file:"
            + dir.resolve("sandbox-db").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    List<String> command = new ArrayList<>();
    command.add(javaBinary.toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", jar.toString(), "server", config.toString()));
    process = ManagedProcess.start("sandbox", command, env, dir.resolve("sandbox.log"));
    URI health = URI.create("http://127.0.0.1:" + adminPort + "/healthcheck");
    Await.until(
        "the sandbox health check on " + adminPort,
        Duration.ofSeconds(90),
        () -> http.get(health, null).status() == 200);
  }

  /** Where the sandbox listens, e.g. {@code http://127.0.0.1:8090}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  /** Its Prometheus page, on the admin port. */
  public URI metrics() {
    return URI.create("http://127.0.0.1:" + adminPort + DropwizardMetrics.PATH);
  }

  /** {@code GET /admin/state}: what really happened downstream. */
  public JsonNode state() {
    return require(http.get(URI.create(url() + "/admin/state"), null), "/admin/state").body();
  }

  /**
   * {@code PUT /admin/faults/{system}} with an outage: every call to {@code system} (e.g. {@code
   * payments}) answers 503 with {@code Retry-After: 1} until {@link #clearFaults}.
   */
  public void outage(String system) {
    fault(system, "{\"outage\":true,\"retryAfterSeconds\":1}");
  }

  /** {@code PUT /admin/faults/{system}} with {@code json}, e.g. {@code {"failureRate":0.3}}. */
  public void fault(String system, String json) {
    require(http.put(URI.create(url() + "/admin/faults/" + system), json), "fault of " + system);
  }

  /** Every call to {@code system} waits {@code millis} first (the sandbox's latency fault). */
  public void latency(String system, long millis) {
    fault(system, "{\"latencyMs\":" + millis + "}");
  }

  /**
   * Every call to {@code system} that arrives from now on waits {@code latency} first, until {@link
   * #clearFaults}.
   */
  public void latency(String system, Duration latency) {
    latency(system, latency.toMillis());
  }

  /** How many calls to {@code system} are waiting out their latency now. */
  public int waiting(String system) {
    JsonNode faults =
        require(http.get(URI.create(url() + "/admin/faults"), null), "/admin/faults").body();
    for (JsonNode fault : faults) {
      if (system.equals(fault.path("system").asText())) {
        return fault.path("waiting").asInt();
      }
    }
    throw new IllegalStateException("no fault of " + system + " in " + faults);
  }

  /**
   * {@code POST path} with {@code Idempotency-Key: key} and the JSON {@code body}, as an adapter
   * would send it; answers the status and the problem {@code code} (empty on success).
   */
  public String post(String path, String key, String body) {
    Http.Reply reply = http.postIdempotent(URI.create(url() + path), key, body);
    return reply.status() + " " + reply.body().path("code").asText();
  }

  /** {@code DELETE /admin/faults}: every system answers normally again. */
  public void clearFaults() {
    require(http.delete(URI.create(url() + "/admin/faults")), "clearing faults");
  }

  /** {@code PUT /admin/stock}: {@code sku} has {@code available} units (created when unknown). */
  public void stock(String sku, long available) {
    require(
        http.put(URI.create(url() + "/admin/stock"), "{\"" + sku + "\":" + available + "}"),
        "stock of " + sku);
  }

  /** {@code PUT /admin/payments/{paymentId}}: the pending payment succeeds now. */
  public void settle(String paymentId) {
    require(
        http.put(URI.create(url() + "/admin/payments/" + paymentId), "{\"status\":\"SUCCEEDED\"}"),
        "settling " + paymentId);
  }

  /** Settles every pending payment as SUCCEEDED now (one webhook each); how many it settled. */
  public int settleAll() {
    Http.Reply reply =
        require(
            http.put(URI.create(url() + "/admin/payments"), "{\"status\":\"SUCCEEDED\"}"),
            "settling every payment");
    return reply.body().path("settled").asInt();
  }

  private static Http.Reply require(Http.Reply reply, String what) {
    if (reply.status() >= 300) {
      throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
    }
    return reply;
  }

  @Override
  public void close() {
    process.stop();
  }
}
