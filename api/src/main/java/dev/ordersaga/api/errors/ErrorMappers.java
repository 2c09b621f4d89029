package dev.ordersaga.api.errors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The exception mappers and the body limit: what makes each error an RFC 9457 problem. */
public final class ErrorMappers {
  private ErrorMappers() {}

  /**
   * @param maxBodyBytes larger bodies are refused with 413
   * @param unavailableRetryAfter the {@code Retry-After} of a 503
   */
  public static List<Object> providers(long maxBodyBytes, Duration unavailableRetryAfter) {
    List<Object> providers = new ArrayList<>(ProblemMapper.all(unavailableRetryAfter));
    providers.add(new BodyLimitFilter(maxBodyBytes));
    return List.copyOf(providers);
  }
}
