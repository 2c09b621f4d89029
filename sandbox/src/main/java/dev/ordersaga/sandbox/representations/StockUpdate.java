package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /admin/stock/{sku}}: the new available count. */
public record StockUpdate(@NotNull @Min(0) @Max(1_000_000_000L) Long available) {}
