package dev.ordersaga.sandbox.faults;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Loses the response of a system whose fault says {@code drop: AFTER}: the request was applied,
 * then its connection is closed instead of answering.
 */
public final class DropAfterFilter implements ContainerResponseFilter {
  private final FaultRegistry faults;

  /** A filter reading {@code faults} on every response. */
  public DropAfterFilter(FaultRegistry faults) {
    this.faults = faults;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    SystemName.owning(request.getUriInfo().getPath())
        .filter(system -> faults.get(system).drop() == ConnectionDrop.AFTER)
        .ifPresent(system -> ConnectionDropper.drop(request));
  }
}
