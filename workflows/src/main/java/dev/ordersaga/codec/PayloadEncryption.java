package dev.ordersaga.codec;

import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How everything that talks to Temporal (the API, every worker, the test and benchmark clients, the
 * codec server) stores payloads: encrypted by an {@link EncryptionCodec} with the keys of {@value
 * CodecKeys#KEYS_VARIABLE} (current key: {@value CodecKeys#CURRENT_VARIABLE}). Without keys a
 * process refuses to start, unless {@value #SWITCH_VARIABLE}{@code =off} says payloads go in plain
 * text. Failure messages and stack traces are encrypted with them. Search attributes are never
 * encoded, so they stay queryable and hold no personal data.
 */
public final class PayloadEncryption {
  /** {@code off} stores payloads unencrypted; anything else (or unset) requires keys. */
  public static final String SWITCH_VARIABLE = "ORDER_SAGA_CODEC";

  private static final Logger log = LoggerFactory.getLogger(PayloadEncryption.class);

  private PayloadEncryption() {}

  /**
   * The keys {@code environment} configures, or empty when {@value #SWITCH_VARIABLE} is {@code
   * off}.
   *
   * @throws IllegalArgumentException when no keys are configured and encryption is not switched
   *     off, or the keys are malformed
   */
  public static Optional<CodecKeys> keys(Map<String, String> environment) {
    if ("off".equalsIgnoreCase(environment.getOrDefault(SWITCH_VARIABLE, "").strip())) {
      return Optional.empty();
    }
    String list = environment.get(CodecKeys.KEYS_VARIABLE);
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException(
          CodecKeys.KEYS_VARIABLE
              + " is not set: customer data would be stored in Temporal in plain text. Set it to"
              + " id:base64 of 32 random bytes (e.g. k1:$(openssl rand -base64 32)), or set "
              + SWITCH_VARIABLE
              + "=off to store payloads unencrypted");
    }
    return Optional.of(CodecKeys.parse(list, environment.get(CodecKeys.CURRENT_VARIABLE)));
  }

  /** {@code base}, with payloads encrypted as {@code environment} says ({@link #keys}). */
  public static DataConverter converter(DataConverter base, Map<String, String> environment) {
    Optional<CodecKeys> keys = keys(environment);
    if (keys.isEmpty()) {
      log.warn("{}=off: payloads are stored in Temporal unencrypted", SWITCH_VARIABLE);
      return base;
    }
    return encrypted(base, keys.get());
  }

  /** The SDK's default converter, with payloads encrypted as {@code environment} says. */
  public static DataConverter converter(Map<String, String> environment) {
    return converter(DefaultDataConverter.STANDARD_INSTANCE, environment);
  }

  /**
   * {@code base} with payloads encrypted under {@code keys}, and failures' messages and stack
   * traces too (stored as the SDK's "Encoded failure"; their type stays plain, so retry policies
   * and the workflow's handling still see it).
   */
  public static DataConverter encrypted(DataConverter base, CodecKeys keys) {
    return new CodecDataConverter(base, List.of(new EncryptionCodec(keys)), true);
  }
}
