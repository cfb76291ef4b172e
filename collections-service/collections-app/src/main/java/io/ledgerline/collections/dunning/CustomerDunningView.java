package io.ledgerline.collections.dunning;

import io.ledgerline.collections.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's dunning on a business date: its grade then and the ladder it climbs under the policy in force, who is
 * involved, and each item open then with the steps it reached and the next one (its day may have come: the next run
 * reaches it).
 */
public record CustomerDunningView(String customerId, LocalDate asOf, String grade, String ladder, int policyVersion,
                                  String legalName, String salesOwner, FinanceContact financeContact, List<Item> items) {

    /** Whom dunning emails go to; absent when the customer has no contact with the role finance. */
    public record FinanceContact(String name, String email, String language) {
    }

    /** An open item: what is open, disputed and dunned, its status on the ladder, its steps reached and its next step. */
    public record Item(String invoiceId, String invoiceNumber, LocalDate dueDate, Money open, Money disputed, Money dunned,
                       String status, List<Taken> stepsTaken, Next nextStep) {
    }

    /** A step the item reached, on {@code reachedOn} ({@code late}: after its own day). */
    public record Taken(String stepId, String action, String owner, int dayOffset, LocalDate reachedOn, boolean late,
                        Money amountDunned, int policyVersion) {
    }

    /** The item's next step and its day. */
    public record Next(String stepId, String action, String owner, int dayOffset, LocalDate on) {
    }
}
