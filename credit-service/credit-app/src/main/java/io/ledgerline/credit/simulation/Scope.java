package io.ledgerline.credit.simulation;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which recorded decisions a simulation replays: those dated from {@code from} to {@code to} (both inclusive; either
 * null = open) of the customers named ({@code customerIds} null = every customer).
 */
record Scope(LocalDate from, LocalDate to, Set<String> customerIds) {

    static Scope everything() {
        return new Scope(null, null, null);
    }

    Scope {
        customerIds = customerIds == null ? null : Set.copyOf(customerIds);
    }

    boolean covers(String customerId) {
        return customerIds == null || customerIds.contains(customerId);
    }

    boolean beforeWindow(LocalDate day) {
        return from != null && day.isBefore(from);
    }

    boolean afterWindow(LocalDate day) {
        return to != null && day.isAfter(to);
    }
}
