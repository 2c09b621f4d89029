package dev.ordersaga.api.representations;

import dev.ordersaga.order.ReviewDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /orders/{id}/review}: an operator's decision on an order the fraud check
 * holds in IN_REVIEW, and why.
 *
 * @param decision {@value #APPROVE} (the order goes on to payment) or {@value #DECLINE} (it is
 *     undone and ends FAILED, FraudDeclined)
 * @param reason why, kept on the order's ledger
 */
public record ReviewOrder(
    @NotNull @Pattern(regexp = APPROVE + "|" + DECLINE, message = "must be approve or decline")
        String decision,
    @NotNull @Text(max = 500) String reason) {
  public static final String APPROVE = "approve";
  public static final String DECLINE = "decline";

  /** The decision as the order's {@code review} Update takes it. */
  public ReviewDecision toDecision() {
    return new ReviewDecision(APPROVE.equals(decision), reason);
  }
}
