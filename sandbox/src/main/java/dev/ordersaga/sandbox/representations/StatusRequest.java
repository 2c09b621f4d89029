package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /payments/status}: the payments whose status to read, at most {@value #MAX_IDS}.
 *
 * @param paymentIds the ids; unknown ones are left out of the answer
 */
public record StatusRequest(
    @NotNull @Size(min = 1, max = MAX_IDS) List<@NotNull String> paymentIds) {
  /** The most ids one request may carry. */
  public static final int MAX_IDS = 1000;
}
