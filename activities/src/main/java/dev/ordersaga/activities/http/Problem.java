package dev.ordersaga.activities.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An {@code application/problem+json} error body.
 *
 * @param code the business failure type ({@code OutOfStock}, ...) or a technical code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, Integer status, String detail, String code) {}
