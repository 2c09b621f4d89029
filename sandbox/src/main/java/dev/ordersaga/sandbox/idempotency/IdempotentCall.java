package dev.ordersaga.sandbox.idempotency;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * What makes a mutating request idempotent, bound by JAX-RS as a {@code @BeanParam}: its {@value
 * IdempotentExecutor#KEY_HEADER} header and its path, the scope of the key. {@link
 * IdempotentExecutor} runs it; the resource method states only its body, fence and effect.
 */
public class IdempotentCall {
  @HeaderParam(IdempotentExecutor.KEY_HEADER)
  private String key;

  @Context private UriInfo uri;

  /** The {@code Idempotency-Key} header, possibly absent or blank. */
  public String key() {
    return key;
  }

  /** The scope of the key: the request path, relative to the application root. */
  public String scope() {
    return uri.getPath();
  }
}
