package dev.ordersaga.api.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;

/** {@code @RolesAllowed} by {@link Role#grants}: an operator may do what a service may. */
public final class RoleAuthorizer implements Authorizer<Caller> {
  @Override
  public boolean authorize(Caller caller, String role, ContainerRequestContext request) {
    return caller.role().grants(role);
  }
}
