package dev.ordersaga.api.auth;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import java.util.List;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The Jersey providers of bearer-token auth, from the {@code Authorization} header only: methods
 * with {@code @RolesAllowed} need a token (401 without one) of a role that grants it (403
 * otherwise); methods without are open.
 */
public final class BearerAuth {
  private BearerAuth() {}

  public static List<Object> providers(AuthConfiguration config) {
    return List.of(
        new AuthDynamicFeature(
            new HeaderBearerFilter.Builder()
                .setAuthenticator(new TokenAuthenticator(config))
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix("Bearer")
                .setRealm("order-saga")
                .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                .buildAuthFilter()),
        new RolesAllowedDynamicFeature(),
        new AuthValueFactoryProvider.Binder<>(Caller.class));
  }
}
