package io.ledgerline.receivables.contract;

import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.money.InvalidMoneyException;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a contract's payment terms into its schedule: exact amounts in the contract's currency
 * that add up to the contract's amount. Shares round down; the last installment takes the remainder.
 */
public final class PaymentTerms {

    static final int MAX_INSTALLMENTS = 120;
    static final int MAX_DAYS = 3650;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One installment as the contract states it: a {@code percent} or an {@code amount} of the
     * contract (exactly one of them), due on {@code dueDate}, invoiced on {@code invoiceOn} (null: the
     * later of the signing date and {@code netDays} before the due date).
     */
    public record Term(LocalDate dueDate, BigDecimal percent, BigDecimal amount, LocalDate invoiceOn) {
    }

    private PaymentTerms() {
    }

    /** The schedule, or an {@link InvalidContractException} naming the first term that does not add up. */
    public static List<ScheduledInstallment> resolve(LocalDate signedOn, Money amount, int netDays,
                                                     BigDecimal prepaymentShare, List<Term> terms) {
        if (!amount.isPositive()) {
            throw new InvalidContractException("amount", "amount must be positive, got " + amount);
        }
        if (netDays < 0 || netDays > MAX_DAYS) {
            throw new InvalidContractException("netDays", "netDays must be between 0 and " + MAX_DAYS + ", got " + netDays);
        }
        BigDecimal share = prepaymentShare == null ? BigDecimal.ZERO : prepaymentShare;
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            throw new InvalidContractException("prepaymentShare", "prepaymentShare must be between 0 and 100, got " + share);
        }
        List<Term> stated = terms == null || terms.isEmpty()
                ? remainderDueAfterNetDays(signedOn, netDays, share)
                : terms;
        if (stated.size() > MAX_INSTALLMENTS) {
            throw new InvalidContractException("installments", "a contract has at most " + MAX_INSTALLMENTS + " installments");
        }
        boolean byPercent = kindOf(stated, 0);
        for (int i = 1; i < stated.size(); i++) {
            if (kindOf(stated, i) != byPercent) {
                throw new InvalidContractException("installments[" + i + "]", "installments are all percentages or all amounts, not mixed");
            }
        }
        Money prepayment = share(amount, share);
        List<ScheduledInstallment> schedule = new ArrayList<>();
        if (share.signum() > 0) {
            schedule.add(new ScheduledInstallment(0, signedOn, signedOn, prepayment.amount(), true));
        }
        List<Money> amounts = byPercent ? byPercent(amount, share, stated) : byAmount(amount, prepayment, stated);
        LocalDate previous = null;
        for (int i = 0; i < stated.size(); i++) {
            Term term = stated.get(i);
            String field = "installments[" + i + "].";
            LocalDate due = term.dueDate();
            if (due == null) {
                throw new InvalidContractException(field + "dueDate", field + "dueDate is required");
            }
            if (due.isBefore(signedOn)) {
                throw new InvalidContractException(field + "dueDate", "dueDate " + due + " is before signedOn " + signedOn);
            }
            if (previous != null && !due.isAfter(previous)) {
                throw new InvalidContractException(field + "dueDate", "due dates must ascend: " + due + " is not after " + previous);
            }
            LocalDate invoiceOn = invoiceOn(term, signedOn, netDays, field);
            if (!amounts.get(i).isPositive()) {
                throw new InvalidContractException(field + (byPercent ? "percent" : "amount"),
                        "installment " + (i + 1) + " would be " + amounts.get(i) + "; each installment must be positive");
            }
            schedule.add(new ScheduledInstallment(i + 1, invoiceOn, due, amounts.get(i).amount(), false));
            previous = due;
        }
        return List.copyOf(schedule);
    }

    /** Refuses a clause that could not be applied: the rate, grace and cap must be sensible. */
    public static void check(LateFeeClause clause) {
        if (clause == null) {
            return;
        }
        if (clause.ratePerDay() == null || clause.ratePerDay().signum() <= 0 || clause.ratePerDay().compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidContractException("lateFee.ratePerDay", "ratePerDay must be a fraction above 0 and at most 1, e.g. \"0.0005\"");
        }
        if (clause.graceDays() < 0 || clause.graceDays() > MAX_DAYS) {
            throw new InvalidContractException("lateFee.graceDays", "graceDays must be between 0 and " + MAX_DAYS);
        }
        if (clause.capPercent() == null || clause.capPercent().signum() < 0 || clause.capPercent().compareTo(HUNDRED) > 0) {
            throw new InvalidContractException("lateFee.capPercent", "capPercent must be between 0 and 100");
        }
    }

    private static List<Term> remainderDueAfterNetDays(LocalDate signedOn, int netDays, BigDecimal share) {
        BigDecimal rest = HUNDRED.subtract(share);
        return rest.signum() == 0 ? List.of() : List.of(new Term(signedOn.plusDays(netDays), rest, null, null));
    }

    /** True for a percentage, false for an amount; refuses a term with both or neither. */
    private static boolean kindOf(List<Term> terms, int i) {
        Term term = terms.get(i);
        if (term == null || (term.percent() == null) == (term.amount() == null)) {
            throw new InvalidContractException("installments[" + i + "]", "an installment has either a percent or an amount");
        }
        return term.percent() != null;
    }

    private static List<Money> byPercent(Money amount, BigDecimal share, List<Term> terms) {
        BigDecimal total = share;
        for (int i = 0; i < terms.size(); i++) {
            BigDecimal percent = terms.get(i).percent();
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw new InvalidContractException("installments[" + i + "].percent", "percent must be above 0 and at most 100, got " + percent);
            }
            total = total.add(percent);
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidContractException("installments", "prepaymentShare and installment percentages add up to "
                    + total.toPlainString() + ", not 100");
        }
        List<Money> amounts = new ArrayList<>();
        Money rest = amount.minus(share(amount, share));
        for (int i = 0; i < terms.size() - 1; i++) {
            Money part = share(amount, terms.get(i).percent());
            amounts.add(part);
            rest = rest.minus(part);
        }
        amounts.add(rest);
        return amounts;
    }

    private static List<Money> byAmount(Money amount, Money prepayment, List<Term> terms) {
        List<Money> amounts = new ArrayList<>();
        Money total = prepayment;
        for (int i = 0; i < terms.size(); i++) {
            Money part;
            try {
                part = new Money(terms.get(i).amount(), amount.currency());
            } catch (InvalidMoneyException e) {
                throw new InvalidContractException("installments[" + i + "].amount", e.getMessage());
            }
            amounts.add(part);
            total = total.plus(part);
        }
        if (total.compareTo(amount) != 0) {
            throw new InvalidContractException("installments", "the prepayment and installments add up to " + total
                    + ", not the contract's " + amount);
        }
        return amounts;
    }

    private static LocalDate invoiceOn(Term term, LocalDate signedOn, int netDays, String field) {
        if (term.invoiceOn() == null) {
            LocalDate terms = term.dueDate().minusDays(netDays);
            return terms.isBefore(signedOn) ? signedOn : terms;
        }
        if (term.invoiceOn().isBefore(signedOn) || term.invoiceOn().isAfter(term.dueDate())) {
            throw new InvalidContractException(field + "invoiceOn", "invoiceOn " + term.invoiceOn()
                    + " must be between signedOn " + signedOn + " and the due date " + term.dueDate());
        }
        return term.invoiceOn();
    }

    /** {@code percent} percent of {@code amount}, rounded down to the currency's scale. */
    private static Money share(Money amount, BigDecimal percent) {
        BigDecimal part = amount.amount().multiply(percent).movePointLeft(2)
                .setScale(amount.currency().getDefaultFractionDigits(), RoundingMode.DOWN);
        return new Money(part, amount.currency());
    }
}
