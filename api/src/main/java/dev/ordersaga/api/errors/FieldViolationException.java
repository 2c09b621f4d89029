package dev.ordersaga.api.errors;

import java.util.List;

/** Values of a request broke rules: a 422 naming each field. */
public final class FieldViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public FieldViolationException(String field, String rule, String message) {
    this(List.of(new FieldError(field, rule, message)));
  }

  /**
   * @param errors at least one
   */
  public FieldViolationException(List<FieldError> errors) {
    super(errors.getFirst().field() + " " + errors.getFirst().message());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
