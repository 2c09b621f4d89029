package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.OrderRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The order refused the request (shipped, over, already being undone): 409 with its reason. */
public final class OrderRefusedMapper implements ExceptionMapper<OrderRefusedException> {
  @Override
  public Response toResponse(OrderRefusedException exception) {
    return Problem.of(
            Response.Status.CONFLICT,
            "order-refused",
            "Refused by the order",
            exception.getMessage())
        .toResponse();
  }
}
