package dev.ordersaga.sandbox.idempotency;

import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.sandbox.store.Effect;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;

/**
 * An {@link IdempotentCall} on the order named by the {@code {orderId}} of its path. Bind it as
 * {@code @BeanParam @Valid OrderCall}: an order id that is not {@link Ids#ORDER_ID} answers {@code
 * 400} before anything happens.
 */
public class OrderCall extends IdempotentCall {
  @PathParam("orderId")
  @Pattern(regexp = Ids.ORDER_ID)
  private String orderId;

  /** The order the call acts on. */
  public String orderId() {
    return orderId;
  }

  /** This call as the forward request of {@code step} of its order. */
  public Fence forward(Effect step) {
    return Fence.forward(orderId, step);
  }
}
