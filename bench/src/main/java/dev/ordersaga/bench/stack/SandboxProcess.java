package dev.ordersaga.bench.stack;

import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox of downstream systems in its own process on given ports and database file, so it can
 * be started again with another settle delay and keep its state.
 */
public final class SandboxProcess implements StackPart {
  private final int port;
  private final Http http = new Http(Duration.ofSeconds(120));
  private final ManagedProcess process;

  /** The ports and files a sandbox runs on; the same for every start of it. */
  public record Place(int port, int adminPort, Path dir, String webhookUrl, String webhookSecret) {
    public static Place on(Path dir, String webhookUrl, String webhookSecret) {
      return new Place(FreePorts.next(), FreePorts.next(), dir, webhookUrl, webhookSecret);
    }
  }

  /**
   * Starts the sandbox at {@code place}. It stands in for providers that would run on other
   * machines, so it runs with the C1 compiler only: its JIT then costs a fraction of the CPU that
   * the processes being measured share with it (C2 compiling a freshly started sandbox used to take
   * as much CPU as its requests).
   */
  public SandboxProcess(Path javaBinary, Path jar, Path config, Place place, Duration settleDelay) {
    this.port = place.port();
    Map<String, String> env = new HashMap<>();
    env.put("SANDBOX_PORT", String.valueOf(place.port()));
    env.put("SANDBOX_ADMIN_PORT", String.valueOf(place.adminPort()));
    env.put("SANDBOX_SETTLE_DELAY", settleDelay.toMillis() + "ms");
    env.put("SANDBOX_WEBHOOK_URL", place.webhookUrl());
    env.put("SANDBOX_WEBHOOK_SECRET", place.webhookSecret());
    env.put(
        "SANDBOX_DB_URL",
        "jdbc:h2:file:"
            + place.dir().resolve("sandbox-db").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    process =
        ManagedProcess.start(
            "sandbox",
            List.of(
                javaBinary.toString(),
                "-XX:TieredStopAtLevel=1",
                "-Dlogging.level=WARN",
                "-Ddw.logging.level=WARN",
                "-jar",
                jar.toString(),
                "server",
                config.toString()),
            env,
            place.dir().resolve("sandbox.log"));
    URI health = URI.create("http://127.0.0.1:" + place.adminPort() + "/healthcheck");
    Await.until(
        "the sandbox health check on " + place.adminPort(),
        Duration.ofSeconds(90),
        () -> http.get(health, null).status() == 200);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  /** Every call to {@code system} waits {@code millis} first (the sandbox's latency fault). */
  public void latency(String system, long millis) {
    require(
        http.put(URI.create(url() + "/admin/faults/" + system), "{\"latencyMs\":" + millis + "}"),
        "latency of " + system);
  }

  /** Clears every injected fault and latency. */
  public void clearFaults() {
    require(http.delete(URI.create(url() + "/admin/faults")), "clearing faults");
  }

  /** Sets the available units of {@code sku}. */
  public void stock(String sku, long units) {
    require(
        http.put(URI.create(url() + "/admin/stock"), "{\"" + sku + "\":" + units + "}"),
        "stock of " + sku);
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
