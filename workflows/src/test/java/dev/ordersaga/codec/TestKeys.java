package dev.ordersaga.codec;

import java.util.Base64;

/** Fixed AES-256 keys for tests: never used outside them. */
final class TestKeys {
  static final String OLD = "k1:" + key(1);
  static final String NEW = "k2:" + key(2);

  private TestKeys() {}

  static String key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
