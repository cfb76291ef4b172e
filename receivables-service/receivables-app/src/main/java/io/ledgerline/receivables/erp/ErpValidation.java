package io.ledgerline.receivables.erp;

import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Turns ERP messages into commands or refuses them with the offending field, before anything is
 * stored. Ids derive from the external id, so the same message always addresses the same aggregate.
 */
final class ErpValidation {

    private static final int MAX_TEXT = 100;

    private ErpValidation() {
    }

    static IssueInvoice issueInvoice(ErpInvoice m) {
        if (m == null) {
            throw ProblemException.invalidField(null, "the body must be an invoice object");
        }
        String externalId = text("externalId", m.externalId(), 200);
        LocalDate issueDate = date("issueDate", m.issueDate());
        LocalDate dueDate = date("dueDate", m.dueDate());
        if (dueDate.isBefore(issueDate)) {
            throw ProblemException.invalidField("dueDate", "dueDate " + dueDate + " is before issueDate " + issueDate);
        }
        return new IssueInvoice(invoiceId(externalId), externalId,
                text("invoiceNumber", m.invoiceNumber(), MAX_TEXT),
                text("customerId", m.customerId(), MAX_TEXT),
                issueDate, dueDate, money("amount", m.amount(), m.currency()), productLine(m.productLine()));
    }

    /** Optional; when sent, 1 to {@value #MAX_TEXT} characters after trimming and no control characters. */
    private static String productLine(String value) {
        if (value == null) {
            return null;
        }
        String line = value.strip();
        if (line.isEmpty()) {
            throw ProblemException.invalidField("productLine", "productLine must not be blank; leave it out when the invoice has none");
        }
        if (line.length() > MAX_TEXT) {
            throw ProblemException.invalidField("productLine", "productLine is longer than " + MAX_TEXT + " characters");
        }
        if (line.codePoints().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField("productLine", "productLine must not contain control characters");
        }
        return line;
    }

    static ReceivePayment receivePayment(ErpPayment m) {
        if (m == null) {
            throw ProblemException.invalidField(null, "the body must be a payment object");
        }
        String externalId = text("externalId", m.externalId(), 200);
        Money amount = money("amount", m.amount(), m.currency());
        List<Allocation> allocations = new ArrayList<>();
        Money allocated = Money.of("0", amount.currency().getCurrencyCode());
        List<ErpPayment.ErpAllocation> requested = m.allocations() == null ? List.of() : m.allocations();
        for (int i = 0; i < requested.size(); i++) {
            ErpPayment.ErpAllocation a = requested.get(i);
            String prefix = "allocations[" + i + "].";
            if (a == null) {
                throw ProblemException.invalidField("allocations[" + i + "]", "an allocation must be an object");
            }
            Money share = money(prefix + "amount", a.amount(), m.currency());
            allocations.add(new Allocation(text(prefix + "invoiceNumber", a.invoiceNumber(), MAX_TEXT), share));
            allocated = allocated.plus(share);
        }
        if (allocated.amount().compareTo(amount.amount()) > 0) {
            throw ProblemException.invalidField("allocations",
                    "allocations total " + allocated.amount() + " but the payment is only " + amount.amount());
        }
        String reference = m.remittanceReference() == null || m.remittanceReference().isBlank()
                ? null : text("remittanceReference", m.remittanceReference(), 500);
        return new ReceivePayment(paymentId(externalId), externalId, text("customerId", m.customerId(), MAX_TEXT),
                date("receivedDate", m.receivedDate()), amount, allocations, reference);
    }

    static IssueCreditMemo issueCreditMemo(ErpCreditMemo m) {
        if (m == null) {
            throw ProblemException.invalidField(null, "the body must be a credit memo object");
        }
        String externalId = text("externalId", m.externalId(), 200);
        String invoiceNumber = m.invoiceNumber() == null ? null : text("invoiceNumber", m.invoiceNumber(), MAX_TEXT);
        return new IssueCreditMemo(creditMemoId(externalId), externalId,
                text("creditMemoNumber", m.creditMemoNumber(), MAX_TEXT),
                text("customerId", m.customerId(), MAX_TEXT),
                date("issueDate", m.issueDate()), money("amount", m.amount(), m.currency()), invoiceNumber,
                text("reason", m.reason(), 500));
    }

    static ReversePayment reversePayment(ErpPaymentReversal m) {
        if (m == null) {
            throw ProblemException.invalidField(null, "the body must be a payment reversal object");
        }
        text("externalId", m.externalId(), 200);
        return new ReversePayment(paymentId(text("paymentExternalId", m.paymentExternalId(), 200)),
                date("reversedOn", m.reversedOn()), text("reason", m.reason(), 500));
    }

    static ErpDebitAdjustment.Valid debitAdjustment(ErpDebitAdjustment m) {
        if (m == null) {
            throw ProblemException.invalidField(null, "the body must be a debit adjustment object");
        }
        String externalId = text("externalId", m.externalId(), 200);
        return new ErpDebitAdjustment.Valid(debitId(externalId), externalId, text("customerId", m.customerId(), MAX_TEXT),
                text("invoiceNumber", m.invoiceNumber(), MAX_TEXT), date("debitedOn", m.debitedOn()),
                money("amount", m.amount(), m.currency()), text("reason", m.reason(), 500));
    }

    static String debitId(String externalId) {
        return UUID.nameUUIDFromBytes(("debit:" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String creditMemoId(String externalId) {
        return UUID.nameUUIDFromBytes(("creditmemo:" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String invoiceId(String externalId) {
        return UUID.nameUUIDFromBytes(("invoice:" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String paymentId(String externalId) {
        return UUID.nameUUIDFromBytes(("payment:" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required");
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(text(field, value, 10));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date like 2013-01-02, got '" + value + "'");
        }
    }

    private static Money money(String field, String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal value;
        try {
            value = new BigDecimal(text(field, amount, 30));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string like \"55.94\", got '" + amount + "'");
        }
        if (value.signum() <= 0) {
            throw ProblemException.invalidField(field, field + " must be positive, got " + amount);
        }
        if (value.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw ProblemException.invalidField(field, field + " has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + currency.getDefaultFractionDigits() + ")");
        }
        return Money.of(value.toPlainString(), currency.getCurrencyCode());
    }

    private static Currency currency(String code) {
        String value = text("currency", code, 3);
        try {
            Currency currency = Currency.getInstance(value);
            if (currency.getDefaultFractionDigits() < 0) {
                throw ProblemException.invalidField("currency", value + " is not a currency money can be counted in");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "unknown ISO 4217 currency '" + value + "'");
        }
    }
}
