package dev.ordersaga.api.errors;

/** A header, path or query value broke a rule: a 422 naming it. */
public final class FieldViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient FieldError error;

  public FieldViolationException(String field, String rule, String message) {
    super(field + " " + message);
    this.error = new FieldError(field, rule, message);
  }

  public FieldError error() {
    return error;
  }
}
