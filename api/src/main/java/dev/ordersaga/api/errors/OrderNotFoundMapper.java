package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.OrderNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** No such order: 404. */
public final class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {
  @Override
  public Response toResponse(OrderNotFoundException exception) {
    return Problem.of(
            Response.Status.NOT_FOUND, "order-not-found", "Order not found", exception.getMessage())
        .toResponse();
  }
}
