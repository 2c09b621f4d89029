package dev.ordersaga.sandbox.logging;

import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.telemetry.LogFields;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Names the order a request is about ({@link LogFields#ORDER_ID}) on every line logged while it is
 * handled, its problem answers included: the {@code {orderId}} of its path or the {@code orderId}
 * of its query, when it is a valid order id. A body naming its order adds it where the body is read
 * ({@code IdempotentExecutor}). Every request starts with none, so no line names the order of an
 * earlier request on the same thread.
 */
public final class OrderLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String PARAMETER = "orderId";

  @Override
  public void filter(ContainerRequestContext request) {
    MDC.remove(LogFields.ORDER_ID);
    orderIdOf(request.getUriInfo()).ifPresent(orderId -> MDC.put(LogFields.ORDER_ID, orderId));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MDC.remove(LogFields.ORDER_ID);
  }

  private static Optional<String> orderIdOf(UriInfo uri) {
    String orderId = uri.getPathParameters().getFirst(PARAMETER);
    if (orderId == null) {
      orderId = uri.getQueryParameters().getFirst(PARAMETER);
    }
    return Optional.ofNullable(orderId).filter(id -> id.matches(Ids.ORDER_ID));
  }
}
