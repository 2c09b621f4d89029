package dev.ordersaga.api.webhooks;

import dev.ordersaga.api.errors.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies {@code Payment-Signature: t={unix seconds},v1={hex}[,v1=...]}: HMAC-SHA256 over {@code
 * {t}.{raw body}} with any configured secret (so secrets can rotate), compared in constant time,
 * and {@code t} no older than the tolerance and no further ahead than the skew (so a captured event
 * cannot be replayed later, nor one be signed now for use later).
 */
public final class SignatureVerifier {
  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

  private final List<byte[]> secrets;
  private final Duration tolerance;
  private final Duration futureSkew;
  private final Clock clock;

  /**
   * @param tolerance how old a signed event may be: the replay window
   * @param futureSkew how far ahead of this clock a sender's clock may be
   */
  public SignatureVerifier(
      List<String> secrets, Duration tolerance, Duration futureSkew, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one webhook secret is needed");
    }
    this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    this.tolerance = tolerance;
    this.futureSkew = futureSkew;
    this.clock = clock;
  }

  /**
   * @throws ApiProblem a 401 when the header is missing or malformed, too old or too far ahead, or
   *     no signature matches
   */
  public void verify(String header, byte[] body) {
    if (header == null || header.isBlank()) {
      throw ApiProblem.invalidSignature("Payment-Signature header is missing");
    }
    Long timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length != 2) {
        throw ApiProblem.invalidSignature("Payment-Signature part is not key=value: " + part);
      }
      switch (pair[0]) {
        case "t" -> timestamp = parseTimestamp(pair[1]);
        case "v1" -> signatures.add(parseHex(pair[1]));
        default -> {}
      }
    }
    if (timestamp == null || signatures.isEmpty()) {
      throw ApiProblem.invalidSignature("Payment-Signature needs t= and v1=");
    }
    long now = clock.instant().getEpochSecond();
    if (timestamp < now - tolerance.toSeconds()) {
      throw ApiProblem.invalidSignature(
          "Payment-Signature timestamp " + timestamp + " is more than " + tolerance + " old");
    }
    if (timestamp > now + futureSkew.toSeconds()) {
      throw ApiProblem.invalidSignature(
          "Payment-Signature timestamp "
              + timestamp
              + " is more than "
              + futureSkew
              + " in the future");
    }
    byte[] signed = signedPayload(timestamp, body);
    for (byte[] secret : secrets) {
      byte[] expected = hmac(secret, signed);
      for (byte[] signature : signatures) {
        if (MessageDigest.isEqual(expected, signature)) {
          return;
        }
      }
    }
    throw ApiProblem.invalidSignature("Payment-Signature matches no webhook secret");
  }

  /** The signature a sender with {@code secret} puts in {@code v1} for this body at {@code t}. */
  public static String sign(String secret, long timestamp, byte[] body) {
    return HexFormat.of()
        .formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), signedPayload(timestamp, body)));
  }

  private static byte[] signedPayload(long timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] signed = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, signed, 0, prefix.length);
    System.arraycopy(body, 0, signed, prefix.length, body.length);
    return signed;
  }

  private static byte[] hmac(byte[] secret, byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac.doFinal(payload);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** Unix seconds as 1 to 12 plain digits, so no arithmetic on it can overflow. */
  private static long parseTimestamp(String value) {
    if (!TIMESTAMP.matcher(value).matches()) {
      throw ApiProblem.invalidSignature("Payment-Signature t= is not unix seconds");
    }
    return Long.parseLong(value);
  }

  private static byte[] parseHex(String value) {
    try {
      return HexFormat.of().parseHex(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidSignature("Payment-Signature v1= is not hex");
    }
  }
}
