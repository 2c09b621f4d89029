package dev.ordersaga.sandbox.representations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /inventory/reservations}: reserve every line, or none. */
public record ReservationRequest(
    @NotNull @Pattern(regexp = Ids.ORDER_ID) String orderId,
    @NotEmpty @Size(max = Ids.MAX_LINES) List<@Valid @NotNull StockLine> lines)
    implements OrderRequest {}
