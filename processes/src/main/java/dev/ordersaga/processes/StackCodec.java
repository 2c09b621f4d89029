package dev.ordersaga.processes;

import dev.ordersaga.codec.CodecKeys;
import dev.ordersaga.codec.PayloadEncryption;
import io.temporal.common.converter.DataConverter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The payload key every process of a stack started by this JVM shares (drawn at random once), so
 * that its workers, API, codec server and clients encrypt and decrypt alike, as {@code make up}'s
 * do with the keys of {@code .data/codec-keys.env}.
 */
public final class StackCodec {
  /** {@value CodecKeys#KEYS_VARIABLE}'s value for this JVM's stacks: one key, {@code stack-1}. */
  public static final String KEYS = "stack-1:" + randomKey();

  private StackCodec() {}

  /**
   * {@code environment} with this JVM's key added, unless it already configures payload encryption
   * (its own keys, or {@value PayloadEncryption#SWITCH_VARIABLE}).
   */
  public static Map<String, String> withKeys(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    if (!env.containsKey(CodecKeys.KEYS_VARIABLE)
        && !env.containsKey(PayloadEncryption.SWITCH_VARIABLE)) {
      env.put(CodecKeys.KEYS_VARIABLE, KEYS);
    }
    return env;
  }

  /** The SDK's default converter, encrypting as processes started with {@code environment} do. */
  public static DataConverter converter(Map<String, String> environment) {
    return PayloadEncryption.converter(withKeys(environment));
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
