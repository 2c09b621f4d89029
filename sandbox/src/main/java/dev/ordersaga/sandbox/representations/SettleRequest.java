package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code PUT /admin/payments/{paymentId}}: {@code SUCCEEDED} or {@code DECLINED}. */
public record SettleRequest(@NotNull @Pattern(regexp = "SUCCEEDED|DECLINED") String status) {}
