package dev.ordersaga.bench.stack;

import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The REST front door in its own process, with backpressure set out of the way (the benchmark
 * measures, it does not shed load).
 */
public final class ApiProcess implements StackPart {
  public static final String SERVICE_TOKEN = "bench-service-token";
  public static final String WEBHOOK_SECRET = "whsec_bench";

  private final int port;
  private final ManagedProcess process;

  public ApiProcess(Path javaBinary, Path jar, Path config, Path dir, int port, String temporal) {
    this.port = port;
    int adminPort = FreePorts.next();
    Map<String, String> env =
        Map.of(
            "TEMPORAL_ADDRESS",
            temporal,
            "ORDER_SAGA_API_PORT",
            String.valueOf(port),
            "ORDER_SAGA_API_ADMIN_PORT",
            String.valueOf(adminPort),
            "ORDER_SAGA_SERVICE_TOKEN",
            SERVICE_TOKEN,
            "ORDER_SAGA_OPERATOR_TOKEN",
            "bench-operator-token",
            "ORDER_SAGA_WEBHOOK_SECRET",
            WEBHOOK_SECRET,
            "ORDER_SAGA_MAX_BACKLOG",
            "100000000");
    process =
        ManagedProcess.start(
            "api",
            List.of(javaBinary.toString(), "-jar", jar.toString(), "server", config.toString()),
            env,
            dir.resolve("api.log"));
    Http http = new Http(Duration.ofSeconds(5));
    URI health = URI.create("http://127.0.0.1:" + adminPort + "/healthcheck");
    Await.until(
        "the API health check on " + adminPort,
        Duration.ofSeconds(90),
        () -> http.get(health, null).status() == 200);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.stop();
  }
}
