package dev.ordersaga.sandbox.representations;

import java.util.List;

/**
 * The answer to {@code POST /payments/status}.
 *
 * @param payments the known payments among those asked for, each as {@code GET /payments/{id}}
 *     answers it
 */
public record StatusReply(List<PaymentView> payments) {}
