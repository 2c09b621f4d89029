package dev.ordersaga.sandbox.representations;

/** A request body that names the order it acts on. */
public interface OrderRequest {
  /** The order the request acts on. */
  String orderId();
}
