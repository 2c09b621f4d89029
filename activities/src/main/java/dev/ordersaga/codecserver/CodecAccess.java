package dev.ordersaga.codecserver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Who may use the codec server: callers presenting {@code Authorization: Bearer} the operator
 * token, and browsers on the listed Web UI origins (CORS). With {@code trustOrigins} a request from
 * a listed origin needs no token: for a local Web UI that cannot send one (the dev server's UI has
 * no login), where everything listens on loopback only.
 *
 * @param operatorToken the token operators present
 * @param origins the Web UI origins allowed to call from a browser, e.g. {@code
 *     http://127.0.0.1:8233}
 * @param trustOrigins whether a request from one of {@code origins} needs no token
 */
public record CodecAccess(String operatorToken, Set<String> origins, boolean trustOrigins) {
  public CodecAccess {
    if (operatorToken == null || operatorToken.isBlank()) {
      throw new IllegalArgumentException("the codec server needs the operator token");
    }
    origins = Set.copyOf(origins);
  }

  /** Whether a browser on {@code origin} may read the answers (CORS). */
  public boolean allowsOrigin(String origin) {
    return origin != null && origins.contains(origin);
  }

  /** Whether a request with these {@code Authorization} and {@code Origin} headers may pass. */
  public boolean admits(String authorization, String origin) {
    if (trustOrigins && allowsOrigin(origin)) {
      return true;
    }
    return authorization != null
        && MessageDigest.isEqual(
            authorization.strip().getBytes(StandardCharsets.UTF_8),
            ("Bearer " + operatorToken).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "CodecAccess[operatorToken=***, origins="
        + origins
        + ", trustOrigins="
        + trustOrigins
        + "]";
  }
}
