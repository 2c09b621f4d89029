package dev.ordersaga.api.representations;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ISO 4217 code the JDK knows, upper case, e.g. {@code USD}. Null is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCurrency.Validator.class)
public @interface KnownCurrency {
  String message() default "must be a known ISO 4217 currency code, e.g. USD";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks against {@link Currency#getAvailableCurrencies()}. */
  final class Validator implements ConstraintValidator<KnownCurrency, String> {
    private static final Set<String> CODES =
        Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || CODES.contains(value);
    }
  }
}
