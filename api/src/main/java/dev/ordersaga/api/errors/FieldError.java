package dev.ordersaga.api.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One broken rule.
 *
 * @param field where, e.g. {@code items[0].quantity}, {@code Idempotency-Key}, {@code limit}
 * @param rule which rule, e.g. {@code Max}, {@code NotNull}, {@code type}, {@code unknown}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String rule, String message) {}
