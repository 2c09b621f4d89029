package dev.ordersaga.processes;

import dev.ordersaga.secrets.PublishedSecrets;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codec server (the worker jar's {@code dev.ordersaga.codecserver.CodecServerMain}) in its own
 * process on a chosen port, with the stack's payload key ({@link StackCodec}) and the API's
 * operator token; with a {@code uiOrigin} it runs with the dev switch on loopback, so a browser on
 * that origin may call it without a token, as with {@code make up}.
 */
public final class CodecServerProcess implements StackPart {
  private final int port;
  private final ManagedProcess process;

  /**
   * Starts it and waits until {@code GET /health} answers 200.
   *
   * @param uiOrigin the Web UI's origin, e.g. {@code http://127.0.0.1:41234}; null for none
   * @param moreEnvironment further variables, e.g. other {@code ORDER_SAGA_CODEC_KEYS}
   */
  public CodecServerProcess(
      Path javaBinary,
      Path workerJar,
      Path dir,
      int port,
      String uiOrigin,
      Map<String, String> moreEnvironment) {
    this.port = port;
    Map<String, String> env = new HashMap<>(moreEnvironment);
    env.put("CODEC_SERVER_PORT", String.valueOf(port));
    env.put("ORDER_SAGA_OPERATOR_TOKEN", ApiProcess.OPERATOR_TOKEN);
    if (uiOrigin != null) {
      env.put("CODEC_SERVER_ORIGINS", uiOrigin);
      env.put(PublishedSecrets.DEV_SWITCH, "true");
    }
    process =
        ManagedProcess.start(
            "codec-server",
            List.of(
                javaBinary.toString(),
                "-cp",
                workerJar.toString(),
                "dev.ordersaga.codecserver.CodecServerMain"),
            StackCodec.withKeys(env),
            dir.resolve("codec-server.log"));
    Http http = new Http(Duration.ofSeconds(5));
    URI health = URI.create(url() + "/health");
    Await.until(
        "the codec server on " + port,
        Duration.ofSeconds(60),
        () -> http.get(health, null).status() == 200);
  }

  /** Its endpoint, e.g. {@code http://127.0.0.1:41235}: what the UI and CLI are given. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** The {@code Authorization} value operators present: {@code Bearer} the operator token. */
  public static String authorization() {
    return "Bearer " + ApiProcess.OPERATOR_TOKEN;
  }

  @Override
  public void close() {
    process.stop();
  }
}
