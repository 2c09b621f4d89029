package dev.ordersaga.api.representations;

import dev.ordersaga.order.LineItem;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One line of a submitted order. The currency-dependent rules (minor units, the total) and the
 * configured limits are checked by {@code OrderLimits}.
 *
 * @param sku {@value #SKU}: ASCII, so its size in a search attribute is its length
 * @param quantity a whole number (a fraction is refused, never rounded)
 * @param unitPrice a decimal, as a JSON string or number; read exactly, never as a binary float
 */
public record SubmitItem(
    @NotNull
        @Pattern(
            regexp = SKU,
            message = "must be 1-64 letters, digits or . _ - (first a letter or digit)")
        String sku,
    @NotNull @Min(1) @Max(LineItem.MAX_QUANTITY) Integer quantity,
    @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 9, fraction = 4, message = "must have at most 9 digits and 4 decimals")
        BigDecimal unitPrice) {

  /** What a SKU may hold. */
  public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
}
