package dev.ordersaga.api.representations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The payment provider's callback body. Only a hint: the workflow asks the provider for the
 * payment's status itself, so {@code status} is logged, never trusted. Unknown fields are ignored:
 * providers add fields without notice.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentEvent(
    @NotNull @Text(max = 128) String eventId,
    @NotNull @Text(max = 128) String paymentId,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}",
            message = "must be an order id: 1-64 letters, digits, '-' or '_'")
        String orderId,
    @NotNull @Text(max = 32) String status,
    @Text(max = 64, blankAllowed = true) String occurredAt) {}
