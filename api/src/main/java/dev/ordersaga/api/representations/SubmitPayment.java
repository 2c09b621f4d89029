package dev.ordersaga.api.representations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * How the customer pays: the provider's token only, never card data.
 *
 * @param method e.g. {@code card}
 * @param token the provider's token: 1-128 visible ASCII characters
 */
public record SubmitPayment(
    @NotNull @Pattern(regexp = "[a-z_]{1,32}", message = "must be 1-32 lower-case letters or _")
        String method,
    @NotNull
        @Pattern(
            regexp = "[\\x21-\\x7e]{1,128}",
            message = "must be 1-128 visible ASCII characters")
        String token) {}
