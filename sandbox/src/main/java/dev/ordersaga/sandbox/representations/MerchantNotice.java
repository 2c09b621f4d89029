package dev.ordersaga.sandbox.representations;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /notifications/merchant}.
 *
 * @param shipmentId the shipment, or {@code null} when there is none
 */
public record MerchantNotice(
    @NotNull @Pattern(regexp = Ids.ORDER_ID) String orderId,
    @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String customerId,
    @NotNull @Digits(integer = 15, fraction = 4) @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal total,
    @NotNull @Pattern(regexp = Ids.CURRENCY) String currency,
    @Size(max = Ids.MAX_ID_LENGTH) String shipmentId) {}
