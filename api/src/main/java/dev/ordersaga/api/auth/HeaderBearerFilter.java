package dev.ordersaga.api.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Bearer-token authentication from the {@code Authorization} header only. Unlike Dropwizard's
 * {@code OAuthCredentialAuthFilter} it never reads {@code ?access_token=}, so a token cannot end up
 * in a URL, an access log or a browser history.
 */
@Priority(Priorities.AUTHENTICATION)
public final class HeaderBearerFilter extends AuthFilter<String, Caller> {
  @Override
  public void filter(ContainerRequestContext request) {
    if (!authenticate(
        request, token(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)), prefix)) {
      throw unauthorizedHandler.buildException(prefix, realm);
    }
  }

  /** The token of {@code "Bearer <token>"} (scheme case-insensitive), or null. */
  String token(String header) {
    if (header == null) {
      return null;
    }
    int space = header.indexOf(' ');
    if (space <= 0 || !prefix.equalsIgnoreCase(header.substring(0, space))) {
      return null;
    }
    String token = header.substring(space + 1).strip();
    return token.isEmpty() ? null : token;
  }

  /** Builds the filter with Dropwizard's builder (authenticator, authorizer, realm, prefix). */
  public static final class Builder extends AuthFilterBuilder<String, Caller, HeaderBearerFilter> {
    @Override
    protected HeaderBearerFilter newInstance() {
      return new HeaderBearerFilter();
    }
  }
}
