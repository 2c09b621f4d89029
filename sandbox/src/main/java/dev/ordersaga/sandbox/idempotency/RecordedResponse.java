package dev.ordersaga.sandbox.idempotency;

/**
 * The answer recorded under an idempotency key.
 *
 * @param requestHash the SHA-256 of the request's canonical form, to detect key reuse
 * @param status the HTTP status answered
 * @param contentType {@code application/json} or {@code application/problem+json}
 * @param body the exact body answered
 */
public record RecordedResponse(String requestHash, int status, String contentType, String body) {}
