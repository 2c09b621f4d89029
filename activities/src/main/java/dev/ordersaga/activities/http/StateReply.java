package dev.ordersaga.activities.http;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The common answer of a state change: {@code {"orderId","state"}} ({@code "status"} for payments).
 * {@code NONE} means there was nothing to change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StateReply(String orderId, @JsonAlias("status") String state) {}
