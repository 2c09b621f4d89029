package dev.ordersaga.codecserver;

import dev.ordersaga.codec.CodecKeys;
import dev.ordersaga.codec.EncryptionCodec;
import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.secrets.PublishedSecrets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The codec server process: {@code java -cp order-saga-worker.jar
 * dev.ordersaga.codecserver.CodecServerMain}. It encrypts and decrypts payloads with the keys every
 * worker and the API use ({@code ORDER_SAGA_CODEC_KEYS}, {@code ORDER_SAGA_CODEC_KEY_ID}), for the
 * Temporal Web UI ({@code --ui-codec-endpoint}) and CLI ({@code --codec-endpoint}). {@code
 * CODEC_SERVER_HOST} (default {@code 127.0.0.1}), {@code CODEC_SERVER_PORT} (default 0: a free
 * port, logged), {@code ORDER_SAGA_OPERATOR_TOKEN} (required), {@code CODEC_SERVER_ORIGINS} (the
 * Web UI origins, comma-separated) and the dev switch {@code ORDER_SAGA_DEV=true} (a browser on
 * those origins needs no token, and the server must listen on loopback) configure it ({@link
 * CodecAccess}). Runs until SIGTERM.
 */
public final class CodecServerMain {
  private static final Logger log = LoggerFactory.getLogger(CodecServerMain.class);

  private CodecServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> env = System.getenv();
    CodecServer server;
    try {
      CodecKeys keys =
          PayloadEncryption.keys(env)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the codec server has nothing to do with "
                              + PayloadEncryption.SWITCH_VARIABLE
                              + "=off"));
      CodecAccess access =
          new CodecAccess(
              env.get("ORDER_SAGA_OPERATOR_TOKEN"),
              Arrays.stream(env.getOrDefault("CODEC_SERVER_ORIGINS", "").split(","))
                  .map(String::strip)
                  .filter(origin -> !origin.isEmpty())
                  .collect(Collectors.toSet()),
              PublishedSecrets.devSwitch(env));
      server =
          CodecServer.start(
              env.getOrDefault("CODEC_SERVER_HOST", "127.0.0.1"),
              Integer.parseInt(env.getOrDefault("CODEC_SERVER_PORT", "0")),
              new EncryptionCodec(keys),
              access);
      log.info("codec server on port {} with {}, {}", server.port(), keys, access);
    } catch (RuntimeException e) {
      log.error("codec server failed to start; exiting", e);
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
