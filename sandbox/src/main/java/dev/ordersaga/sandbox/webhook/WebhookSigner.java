package dev.ordersaga.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies: {@code Payment-Signature: t={unix seconds},v1={hex HMAC-SHA256(secret,
 * "{t}.{raw body}")}}.
 */
public final class WebhookSigner {
  /** The header carrying the signature. */
  public static final String HEADER = "Payment-Signature";

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;

  /** A signer keyed with {@code secret}. */
  public WebhookSigner(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The header value for {@code body} sent at {@code epochSeconds}. */
  public String sign(String body, long epochSeconds) {
    return "t=" + epochSeconds + ",v1=" + hmacHex(epochSeconds + "." + body);
  }

  /** The hex HMAC-SHA256 of {@code payload}. */
  public String hmacHex(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has " + ALGORITHM, e);
    }
  }
}
