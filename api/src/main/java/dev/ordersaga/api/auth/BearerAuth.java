package dev.ordersaga.api.auth;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import java.util.List;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The Jersey providers of bearer-token auth: methods with {@code @RolesAllowed} need a token (401
 * without one) of a role that grants it (403 otherwise); methods without are open.
 */
public final class BearerAuth {
  private BearerAuth() {}

  public static List<Object> providers(AuthConfiguration config) {
    return List.of(
        new AuthDynamicFeature(
            new OAuthCredentialAuthFilter.Builder<Caller>()
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
