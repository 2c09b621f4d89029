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
  /** The id of this JVM's key. */
  public static final String KEY_ID = "stack-1";

  /**
   * {@value CodecKeys#KEYS_VARIABLE}'s value for this JVM's stacks: the one key {@link #KEY_ID}.
   */
  public static final String KEYS = KEY_ID + ":" + randomKey();

  private StackCodec() {}

  /**
   * {@code environment} with this JVM's key made current, unless it already configures payload
   * encryption (its own keys, or {@value PayloadEncryption#SWITCH_VARIABLE}); when this JVM runs
   * with {@value PayloadEncryption#SWITCH_VARIABLE}{@code =off} (e.g. {@code ORDER_SAGA_CODEC=off
   * make bench}), the processes it starts store payloads unencrypted too.
   */
  public static Map<String, String> withKeys(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    if (!env.containsKey(CodecKeys.KEYS_VARIABLE)
        && !env.containsKey(PayloadEncryption.SWITCH_VARIABLE)) {
      String inherited = System.getenv(PayloadEncryption.SWITCH_VARIABLE);
      if (inherited != null) {
        env.put(PayloadEncryption.SWITCH_VARIABLE, inherited);
      }
      env.put(CodecKeys.KEYS_VARIABLE, KEYS);
      env.put(CodecKeys.CURRENT_VARIABLE, KEY_ID);
    }
    return env;
  }

  /**
   * Whether processes started with {@link #withKeys} of an environment that does not configure
   * encryption store payloads encrypted: unless this JVM runs with {@value
   * PayloadEncryption#SWITCH_VARIABLE}{@code =off}.
   */
  public static boolean encryptsByDefault() {
    return !"off"
        .equalsIgnoreCase(
            System.getenv().getOrDefault(PayloadEncryption.SWITCH_VARIABLE, "").strip());
  }

  /**
   * The variables that make a process encrypt payloads with this JVM's key ({@code encrypted}), or
   * store them unencrypted ({@value PayloadEncryption#SWITCH_VARIABLE}{@code =off}), whatever this
   * JVM runs with.
   */
  public static Map<String, String> encryption(boolean encrypted) {
    return encrypted
        ? Map.of(CodecKeys.KEYS_VARIABLE, KEYS, CodecKeys.CURRENT_VARIABLE, KEY_ID)
        : Map.of(PayloadEncryption.SWITCH_VARIABLE, "off");
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
