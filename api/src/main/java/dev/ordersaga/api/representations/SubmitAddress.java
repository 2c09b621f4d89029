package dev.ordersaga.api.representations;

import jakarta.validation.constraints.NotNull;

/** Where the order ships to: every line is {@link Text}, the country an ISO 3166 code. */
public record SubmitAddress(
    @NotNull @Text(max = 200) String name,
    @NotNull @Text(max = 200) String line1,
    @NotNull @Text(max = 100) String city,
    @NotNull @Text(max = 20) String postalCode,
    @NotNull @KnownCountry String country) {}
