package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /payments}.
 *
 * @param amount zero or more, a decimal string on the wire
 * @param token {@code tok_ok}, {@code tok_decline} or {@code tok_never}; others are refused with
 *     {@code 422 InvalidOrder}
 */
public record ChargeRequest(
    @NotNull @Pattern(regexp = Ids.ORDER_ID) String orderId,
    @NotNull @Money BigDecimal amount,
    @NotNull @Pattern(regexp = Ids.CURRENCY) String currency,
    @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String token)
    implements OrderRequest {}
