package dev.ordersaga.api.auth;

import java.security.Principal;

/** An authenticated caller; its name is its role, never its token. */
public record Caller(Role role) implements Principal {
  @Override
  public String getName() {
    return role.name().toLowerCase(java.util.Locale.ROOT);
  }
}
