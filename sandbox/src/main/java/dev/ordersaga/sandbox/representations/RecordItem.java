package dev.ordersaga.sandbox.representations;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One line of an order record.
 *
 * @param sku the stock-keeping unit
 * @param quantity units, 1 to {@value Ids#MAX_QUANTITY}
 * @param unitPrice price of one unit, zero or more, a decimal string on the wire
 */
public record RecordItem(
    @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String sku,
    @Min(1) @Max(Ids.MAX_QUANTITY) int quantity,
    @NotNull
        @DecimalMin("0")
        @Digits(integer = 15, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal unitPrice) {

  /** {@code quantity × unitPrice}. */
  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
