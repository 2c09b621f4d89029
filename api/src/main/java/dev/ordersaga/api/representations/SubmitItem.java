package dev.ordersaga.api.representations;

import dev.ordersaga.order.LineItem;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One line of a submitted order.
 *
 * @param quantity a whole number (a fraction is refused, never rounded)
 * @param unitPrice a decimal, as a JSON string or number; read exactly, never as a binary float
 */
public record SubmitItem(
    @NotBlank @Size(max = 64) String sku,
    @NotNull @Min(1) @Max(LineItem.MAX_QUANTITY) Integer quantity,
    @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 9, fraction = 4, message = "must have at most 9 digits and 4 decimals")
        BigDecimal unitPrice) {}
