package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Units of one SKU, in a reservation or a shipment.
 *
 * @param quantity 1 to {@value Ids#MAX_QUANTITY}
 */
public record StockLine(
    @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String sku,
    @Min(1) @Max(Ids.MAX_QUANTITY) int quantity) {}
