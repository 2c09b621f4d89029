package dev.ordersaga.sandbox.faults;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Loses the response of a request to a system whose fault said {@code drop: AFTER} when the request
 * arrived (as {@link FaultFilter} marked it): the request was applied, then its connection is
 * closed instead of answering. Requests that arrived before the fault was set, and every admin
 * request — including the one that sets the fault — are answered.
 */
public final class DropAfterFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(FaultFilter.DROP_AFTER) instanceof SystemName) {
      ConnectionDropper.drop(request);
    }
  }
}
