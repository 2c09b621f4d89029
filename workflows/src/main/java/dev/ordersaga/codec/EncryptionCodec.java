package dev.ordersaga.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts each payload whole (its metadata and data) with AES-256-GCM under the current key and a
 * fresh 12-byte nonce: the result's {@code encoding} is {@value #ENCODING}, its {@code
 * encryption-key-id} metadata names the key, its data is the nonce followed by the ciphertext and
 * tag. Decoding leaves payloads of any other encoding as they are, so histories written before
 * encryption stay readable; an encrypted payload whose key is not configured fails with a {@link
 * PayloadCodecException} naming the key id.
 */
public final class EncryptionCodec implements PayloadCodec {
  /** The {@code encoding} of an encrypted payload. */
  public static final String ENCODING = "binary/encrypted";

  /** The metadata key naming the key a payload was encrypted with. */
  public static final String KEY_ID = "encryption-key-id";

  /**
   * The most encryption adds to a payload: its inner metadata, nonce, tag, and the outer metadata
   * with a key id of up to 64 characters.
   */
  public static final int MAX_OVERHEAD_BYTES = 256;

  private static final ByteString ENCODING_BYTES = ByteString.copyFromUtf8(ENCODING);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  /**
   * Ciphers not in use, so that a call does not look the provider up again: each is initialised
   * with its key and nonce before every use, and one that failed is not returned.
   */
  private static final Queue<Cipher> IDLE_CIPHERS = new ConcurrentLinkedQueue<>();

  private final CodecKeys keys;
  private final ByteString currentId;

  public EncryptionCodec(CodecKeys keys) {
    this.keys = keys;
    this.currentId = ByteString.copyFromUtf8(keys.currentId());
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream().map(this::encrypt).toList();
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(this::decrypt).toList();
  }

  private Payload encrypt(Payload payload) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, payload.toByteArray());
    return Payload.newBuilder()
        .putMetadata(EncodingKeys.METADATA_ENCODING_KEY, ENCODING_BYTES)
        .putMetadata(KEY_ID, currentId)
        .setData(
            ByteString.copyFrom(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).flip()))
        .build();
  }

  private Payload decrypt(Payload payload) {
    ByteString encoding = payload.getMetadataOrDefault(EncodingKeys.METADATA_ENCODING_KEY, null);
    if (!ENCODING_BYTES.equals(encoding)) {
      return payload;
    }
    ByteString idBytes = payload.getMetadataOrDefault(KEY_ID, null);
    if (idBytes == null) {
      throw new PayloadCodecException("an encrypted payload without " + KEY_ID + " metadata");
    }
    String id = idBytes.toString(StandardCharsets.UTF_8);
    SecretKey key = keys.keys().get(id);
    if (key == null) {
      throw new PayloadCodecException(
          "a payload is encrypted with key "
              + id
              + ", which is not configured (known: "
              + keys.keys().keySet()
              + "); add it to "
              + CodecKeys.KEYS_VARIABLE);
    }
    byte[] data = payload.getData().toByteArray();
    if (data.length <= NONCE_BYTES) {
      throw new PayloadCodecException("an encrypted payload too short to hold its nonce");
    }
    byte[] nonce = Arrays.copyOf(data, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(data, NONCE_BYTES, data.length);
    try {
      return Payload.parseFrom(cipher(Cipher.DECRYPT_MODE, key, nonce, sealed));
    } catch (InvalidProtocolBufferException e) {
      throw new PayloadCodecException("a decrypted payload is not a payload", e);
    }
  }

  private static byte[] cipher(int mode, SecretKey key, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = IDLE_CIPHERS.poll();
      if (cipher == null) {
        cipher = Cipher.getInstance(TRANSFORMATION);
      }
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] output = cipher.doFinal(input);
      IDLE_CIPHERS.offer(cipher);
      return output;
    } catch (GeneralSecurityException e) {
      throw new PayloadCodecException(
          mode == Cipher.DECRYPT_MODE
              ? "a payload does not decrypt with its key (tampered, or a different key of that id)"
              : "cannot encrypt a payload",
          e);
    }
  }
}
