package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /risk/assessments}.
 *
 * @param total zero or more, a decimal string on the wire (a number is read too)
 * @param addressHash the SHA-256 of the normalised shipping address, 64 lower-case hex digits
 */
public record RiskRequest(
    @NotNull @Pattern(regexp = Ids.ORDER_ID) String orderId,
    @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String customerId,
    @NotNull @Money BigDecimal total,
    @NotNull @Pattern(regexp = Ids.CURRENCY) String currency,
    @NotNull @Pattern(regexp = Ids.SHA256_HEX) String addressHash)
    implements OrderRequest {}
