package dev.ordersaga.codec;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys payloads are encrypted with: the current one encrypts, every one decrypts, so a
 * key can be rotated by adding a new current key and keeping the earlier ones until no history
 * needs them.
 *
 * @param currentId the id of the key new payloads are encrypted with
 * @param keys every key by id, the current one among them
 */
public record CodecKeys(String currentId, Map<String, SecretKey> keys) {
  /** The variable listing the keys: {@code id:base64,id:base64,...} (each key 32 bytes). */
  public static final String KEYS_VARIABLE = "ORDER_SAGA_CODEC_KEYS";

  /** The variable naming the current key; without it, the first one listed is current. */
  public static final String CURRENT_VARIABLE = "ORDER_SAGA_CODEC_KEY_ID";

  private static final int KEY_BYTES = 32;

  public CodecKeys {
    keys = Map.copyOf(keys);
    if (!keys.containsKey(currentId)) {
      throw new IllegalArgumentException(
          "the current payload key " + currentId + " is not among the keys " + keys.keySet());
    }
  }

  /** The key new payloads are encrypted with. */
  public SecretKey current() {
    return keys.get(currentId);
  }

  /**
   * Parses {@code id:base64,id:base64,...}; {@code currentId} null or blank makes the first listed
   * key current.
   *
   * @throws IllegalArgumentException naming the entry that is not {@code id:base64} of 32 bytes
   */
  public static CodecKeys parse(String list, String currentId) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String entry : list.split(",")) {
      String trimmed = entry.strip();
      int colon = trimmed.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            KEYS_VARIABLE + ": entry " + redacted(trimmed) + " is not id:base64key");
      }
      String id = trimmed.substring(0, colon);
      byte[] key;
      try {
        key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(KEYS_VARIABLE + ": key " + id + " is not base64", e);
      }
      if (key.length != KEY_BYTES) {
        throw new IllegalArgumentException(
            KEYS_VARIABLE + ": key " + id + " has " + key.length + " bytes, AES-256 needs 32");
      }
      if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
        throw new IllegalArgumentException(KEYS_VARIABLE + ": key id " + id + " appears twice");
      }
    }
    String current =
        currentId == null || currentId.isBlank() ? keys.keySet().iterator().next() : currentId;
    return new CodecKeys(current, keys);
  }

  private static String redacted(String entry) {
    return entry.length() <= 4 ? entry : entry.substring(0, 4) + "...";
  }

  @Override
  public String toString() {
    return "CodecKeys[current=" + currentId + ", ids=" + keys.keySet() + "]";
  }
}
