package dev.ordersaga.e2e;

import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.SandboxProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How the end-to-end stacks start their sandbox and API and configure their workers, defined once
 * for {@link Stack}, {@link ChaosStack} and the tests that lay out their own processes.
 */
final class StackParts {
  private StackParts() {}

  /**
   * The sandbox, built at {@code e2e.sandboxJar} with its {@code config.yml}, settling payments
   * after {@code settleDelay} and sending their webhooks to the API on {@code apiPort}.
   */
  static SandboxProcess sandbox(Path dir, Duration settleDelay, int apiPort) {
    return sandbox(dir, settleDelay, apiPort, Map.of());
  }

  /** The sandbox as {@link #sandbox(Path, Duration, int)}, with {@code environment} added. */
  static SandboxProcess sandbox(
      Path dir, Duration settleDelay, int apiPort, Map<String, String> environment) {
    Path jar = Stack.property("e2e.sandboxJar");
    Map<String, String> all = new HashMap<>(environment);
    all.put("SANDBOX_WEBHOOK_URL", "http://127.0.0.1:" + apiPort + "/webhooks/payments");
    all.put("SANDBOX_WEBHOOK_SECRET", ApiProcess.WEBHOOK_SECRET);
    return new SandboxProcess(Stack.JAVA, jar, configBeside(jar), dir, settleDelay, all);
  }

  /**
   * The API, built at {@code e2e.apiJar} with its {@code config.yml}, on {@code port} against the
   * Temporal server at {@code temporalAddress}, with {@code environment} added; when {@code
   * awaitHealthy}, answered once its health check passes.
   */
  static ApiProcess api(
      Path dir,
      int port,
      String temporalAddress,
      Map<String, String> environment,
      boolean awaitHealthy) {
    Path jar = Stack.property("e2e.apiJar");
    return new ApiProcess(
        Stack.JAVA, jar, configBeside(jar), dir, port, temporalAddress, environment, awaitHealthy);
  }

  /** The environment a worker needs: its Temporal server, the sandbox and the payment window. */
  static Map<String, String> workerEnvironment(
      String temporalAddress, SandboxProcess sandbox, Duration paymentWindow) {
    return Map.of(
        "TEMPORAL_ADDRESS", temporalAddress,
        "DOWNSTREAM_URL", sandbox.url(),
        "PAYMENT_WINDOW", paymentWindow.toString());
  }

  /** The worker configuration {@code fileName} in {@code src/test/resources}. */
  static Path workerConfig(String fileName) {
    return Path.of("src/test/resources", fileName).toAbsolutePath();
  }

  private static Path configBeside(Path jar) {
    return jar.getParent().getParent().resolve("config.yml");
  }
}
