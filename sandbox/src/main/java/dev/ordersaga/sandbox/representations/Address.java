package dev.ordersaga.sandbox.representations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A shipping address; the carrier refuses postal code {@code 00000}. */
public record Address(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String line1,
    @NotBlank @Size(max = 100) String city,
    @NotBlank @Size(max = 20) String postalCode,
    @NotBlank @Size(max = 64) String country) {}
