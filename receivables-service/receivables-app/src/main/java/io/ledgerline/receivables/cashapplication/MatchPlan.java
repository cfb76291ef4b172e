package io.ledgerline.receivables.cashapplication;

import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.position.ReceivableItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which invoices a payment's cash goes to, decided from the customer's items alone (no database, no
 * commands), in this order:
 * <ol>
 *   <li>{@code ALLOCATION}: each allocation to the invoice it names, up to that invoice's open amount.
 *       Cash the payer directed stays with its direction: what the invoice does not take (or an invoice in
 *       another currency refuses) is credit balance, and an invoice not received yet waits for it.</li>
 *   <li>The undirected rest (the payment minus its allocations) goes, in turn, to:
 *       {@code REMITTANCE_REFERENCE}: the customer's invoices whose numbers appear in the remittance
 *       reference (split at blanks and {@code , ; : ( ) [ ] # " '}), in the order they appear, each up to its
 *       open amount. If the reference names none of them but has a token shaped like a document number
 *       (a digit in it, at least 3 characters, not a date or an amount), all of the rest waits for the
 *       invoice with the first such number, as an allocation would.</li>
 *   <li>{@code EXACT_AMOUNT}: the oldest open item whose undisputed open amount equals the rest exactly.</li>
 *   <li>{@code OLDEST_FIRST}: open items by due date, issue date and number, each up to its undisputed open amount.</li>
 * </ol>
 * Only items in the payment's currency are ever matched; what is left over is the customer's credit balance.
 */
public record MatchPlan(List<Match> matches, Money leftover) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]{}<>#\"']+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern AMOUNT = Pattern.compile("[\\d.,]*[.,]\\d{1,2}");
    private static final int LONGEST_NUMBER = 100;

    /**
     * Cash for one invoice: {@code item} is null when the invoice numbered {@code invoiceNumber} has not
     * arrived and the cash waits for it. {@code amount} may be zero (an allocation to a settled invoice).
     */
    public record Match(String invoiceNumber, ReceivableItem item, Money amount, String method) {

        public boolean waits() {
            return item == null;
        }
    }

    /**
     * @param numbered  the customer's items named by the allocations or the reference, open or not, any currency
     * @param openItems the customer's open items in the payment's currency, oldest first
     */
    public static MatchPlan of(Money payment, List<Allocation> allocations, String remittanceReference,
                               List<ReceivableItem> numbered, List<ReceivableItem> openItems) {
        Map<String, ReceivableItem> byNumber = new HashMap<>();
        numbered.forEach(item -> byNumber.put(item.invoiceNumber(), item));
        Map<String, Money> open = new HashMap<>();
        numbered.forEach(item -> open.put(item.invoiceId(), item.open()));
        openItems.forEach(item -> open.put(item.invoiceId(), item.open()));
        List<Match> matches = new ArrayList<>();
        Money zero = Money.zero(payment.currency());

        Money undirected = payment;
        for (Allocation allocation : allocations) {
            undirected = undirected.minus(allocation.amount());
            ReceivableItem item = byNumber.get(allocation.invoiceNumber());
            if (item == null) {
                matches.add(new Match(allocation.invoiceNumber(), null, allocation.amount(), PaymentApplied.ALLOCATION));
            } else if (item.open().sameCurrencyAs(payment)) {
                Money take = allocation.amount().min(open.get(item.invoiceId()));
                open.merge(item.invoiceId(), take, Money::minus);
                matches.add(new Match(item.invoiceNumber(), item, take, PaymentApplied.ALLOCATION));
            } else {
                matches.add(new Match(item.invoiceNumber(), item, zero, PaymentApplied.ALLOCATION));
            }
        }

        boolean named = false;
        String waitFor = null;
        for (String token : tokens(remittanceReference)) {
            ReceivableItem item = byNumber.get(token);
            if (item == null) {
                waitFor = waitFor == null && looksLikeDocumentNumber(token) ? token : waitFor;
                continue;
            }
            named = true;
            if (!item.open().sameCurrencyAs(payment) || !undirected.isPositive()) {
                continue;
            }
            Money take = undirected.min(open.get(item.invoiceId()));
            if (take.isPositive()) {
                open.merge(item.invoiceId(), take, Money::minus);
                undirected = undirected.minus(take);
                matches.add(new Match(item.invoiceNumber(), item, take, PaymentApplied.REMITTANCE_REFERENCE));
            }
        }
        if (!named && waitFor != null && undirected.isPositive()) {
            matches.add(new Match(waitFor, null, undirected, PaymentApplied.REMITTANCE_REFERENCE));
            undirected = zero;
        }

        if (undirected.isPositive()) {
            Money rest = undirected;
            Optional<ReceivableItem> exact = openItems.stream()
                    .filter(item -> item.open().sameCurrencyAs(payment))
                    .filter(item -> undisputed(item, open).compareTo(rest) == 0)
                    .findFirst();
            if (exact.isPresent()) {
                ReceivableItem item = exact.get();
                open.merge(item.invoiceId(), rest, Money::minus);
                matches.add(new Match(item.invoiceNumber(), item, rest, PaymentApplied.EXACT_AMOUNT));
                undirected = zero;
            }
        }

        for (ReceivableItem item : openItems) {
            if (!undirected.isPositive()) {
                break;
            }
            if (!item.open().sameCurrencyAs(payment)) {
                continue;
            }
            Money take = undirected.min(undisputed(item, open));
            if (take.isPositive()) {
                open.merge(item.invoiceId(), take, Money::minus);
                undirected = undirected.minus(take);
                matches.add(new Match(item.invoiceNumber(), item, take, PaymentApplied.OLDEST_FIRST));
            }
        }

        Money leftover = payment;
        for (Match match : matches) {
            leftover = leftover.minus(match.amount());
        }
        return new MatchPlan(List.copyOf(matches), leftover);
    }

    /** What automatic matching may still take from the item: open now, less what is disputed. */
    private static Money undisputed(ReceivableItem item, Map<String, Money> open) {
        Money now = open.getOrDefault(item.invoiceId(), item.open());
        Money undisputed = now.minus(item.disputed().min(now));
        return undisputed.isPositive() ? undisputed : Money.zero(now.currency());
    }

    /** The reference's tokens, each once, in the order they appear. */
    static List<String> tokens(String remittanceReference) {
        if (remittanceReference == null || remittanceReference.isBlank()) {
            return List.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(remittanceReference.strip())) {
            String trimmed = token.replaceAll("^[.]+|[.]+$", "");
            if (!trimmed.isEmpty() && trimmed.length() <= LONGEST_NUMBER) {
                tokens.add(trimmed);
            }
        }
        return List.copyOf(tokens);
    }

    static boolean looksLikeDocumentNumber(String token) {
        return token.length() >= 3 && token.chars().anyMatch(Character::isDigit)
                && !DATE.matcher(token).matches() && !AMOUNT.matcher(token).matches();
    }
}
