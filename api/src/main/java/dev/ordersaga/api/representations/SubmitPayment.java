package dev.ordersaga.api.representations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the customer pays: the provider's token only, never card data.
 *
 * @param method e.g. {@code card}
 */
public record SubmitPayment(
    @NotNull @Pattern(regexp = "[a-z_]{1,32}", message = "must be 1-32 lower-case letters or _")
        String method,
    @NotBlank @Size(max = 128) String token) {}
