package dev.ordersaga.sandbox.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One SKU created at startup when absent; an existing SKU is left as it is.
 *
 * @param sku the stock-keeping unit
 * @param available the units available when the SKU is created
 */
public record StockSeed(@NotBlank @Size(max = 64) String sku, @Min(0) long available) {}
