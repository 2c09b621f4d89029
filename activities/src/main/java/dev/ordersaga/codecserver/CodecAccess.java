package dev.ordersaga.codecserver;

import dev.ordersaga.secrets.PublishedSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Who may use the codec server: callers presenting {@code Authorization: Bearer} the operator
 * token; browsers on the listed Web UI origins may read the answers (CORS). Closed by default: only
 * with the dev switch ({@value PublishedSecrets#DEV_SWITCH}) does a request from a listed origin
 * need no token, for a local Web UI that cannot send one (the dev server's UI has no sign-in), and
 * {@link CodecServer#start} then listens on loopback only. An {@code Origin} header is no proof of
 * anything: every program can send one.
 *
 * @param operatorToken the token operators present; a {@code REPLACE_ME} placeholder is refused,
 *     the published dev token too unless {@code dev}
 * @param origins the Web UI origins allowed to call from a browser, e.g. {@code
 *     http://127.0.0.1:8233}
 * @param dev the dev switch: a request from one of {@code origins} needs no token
 */
public record CodecAccess(String operatorToken, Set<String> origins, boolean dev) {
  public CodecAccess {
    if (operatorToken == null || operatorToken.isBlank()) {
      throw new IllegalArgumentException("the codec server needs the operator token");
    }
    PublishedSecrets.refusal("ORDER_SAGA_OPERATOR_TOKEN", operatorToken, dev)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    origins = Set.copyOf(origins);
  }

  /** Whether a browser on {@code origin} may read the answers (CORS). */
  public boolean allowsOrigin(String origin) {
    return origin != null && origins.contains(origin);
  }

  /** Whether a request with these {@code Authorization} and {@code Origin} headers may pass. */
  public boolean admits(String authorization, String origin) {
    if (dev && allowsOrigin(origin)) {
      return true;
    }
    return authorization != null
        && MessageDigest.isEqual(
            authorization.strip().getBytes(StandardCharsets.UTF_8),
            ("Bearer " + operatorToken).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "CodecAccess[operatorToken=***, origins=" + origins + ", dev=" + dev + "]";
  }
}
