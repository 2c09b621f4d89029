package dev.ordersaga.api.representations;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote (a name, an address line, a reason): at most {@link #max()} UTF-16 units (as
 * Java and the downstream systems count; a character outside the BMP counts 2), no control
 * characters (U+0000-U+001F, U+007F-U+009F), no lone surrogates (every other Unicode scalar value,
 * whatever its plane, is text), and, unless {@link #blankAllowed()}, not blank: at least one
 * character that is not a Unicode space (so {@code "\u2003"} is blank). Null is left to
 * {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Text.Validator.class)
public @interface Text {
  /** The regular expression of the OpenAPI document for non-blank text, the same rule. */
  String PATTERN =
      "^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$";

  String message() default "must be text without control characters";

  int max();

  boolean blankAllowed() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rules code point by code point. */
  final class Validator implements ConstraintValidator<Text, String> {
    private int max;
    private boolean blankAllowed;

    @Override
    public void initialize(Text text) {
      this.max = text.max();
      this.blankAllowed = text.blankAllowed();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      String broken = broken(value);
      if (broken != null) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(broken).addConstraintViolation();
      }
      return broken == null;
    }

    private String broken(String value) {
      boolean blank = true;
      for (int i = 0; i < value.length(); ) {
        int c = value.codePointAt(i);
        if (Character.isISOControl(c)) {
          return "must not contain control characters";
        }
        if (Character.getType(c) == Character.SURROGATE) {
          return "must not contain lone surrogates";
        }
        blank &= Character.isWhitespace(c) || Character.isSpaceChar(c);
        i += Character.charCount(c);
      }
      if (value.length() > max) {
        return "must be at most " + max + " characters";
      }
      return blank && !blankAllowed ? "must not be blank" : null;
    }
  }
}
