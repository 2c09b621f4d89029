package dev.ordersaga.sandbox.representations;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /records/{orderId}/open}. Emptiness of {@code items} and a {@code total}
 * that is not the sum of the lines are business failures ({@code 422 InvalidOrder}), checked by the
 * store.
 */
public record OpenRecordRequest(
    @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String customerId,
    @NotNull @Pattern(regexp = Ids.CURRENCY) String currency,
    @NotNull @Digits(integer = 15, fraction = 4) @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal total,
    @NotNull @Size(max = Ids.MAX_LINES) List<@Valid @NotNull RecordItem> items) {}
