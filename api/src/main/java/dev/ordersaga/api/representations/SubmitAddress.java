package dev.ordersaga.api.representations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the order ships to. */
public record SubmitAddress(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String line1,
    @NotBlank @Size(max = 100) String city,
    @NotBlank @Size(max = 20) String postalCode,
    @NotNull @KnownCountry String country) {}
