package dev.ordersaga.api.auth;

import io.dropwizard.auth.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a bearer token to its role. Tokens are compared as SHA-256 digests in constant time, every
 * configured token each time, so neither the length nor the prefix of a token leaks.
 */
public final class TokenAuthenticator implements Authenticator<String, Caller> {
  private final Map<Role, byte[]> digests;

  public TokenAuthenticator(AuthConfiguration config) {
    this.digests =
        Map.of(
            Role.SERVICE, digest(config.getServiceToken()),
            Role.OPERATOR, digest(config.getOperatorToken()));
  }

  @Override
  public Optional<Caller> authenticate(String token) {
    byte[] presented = digest(token);
    Role match = null;
    for (var entry : digests.entrySet()) {
      if (MessageDigest.isEqual(entry.getValue(), presented)) {
        match = entry.getKey();
      }
    }
    return Optional.ofNullable(match).map(Caller::new);
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
