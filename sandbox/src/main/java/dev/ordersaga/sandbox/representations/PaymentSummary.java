package dev.ordersaga.sandbox.representations;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A payment as {@code GET /admin/state} lists it; {@code SUCCEEDED} means charged. */
public record PaymentSummary(
    String paymentId,
    String orderId,
    String status,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}
