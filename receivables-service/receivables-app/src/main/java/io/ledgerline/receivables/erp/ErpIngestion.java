package io.ledgerline.receivables.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.receivables.cashapplication.CashApplication;
import io.ledgerline.receivables.cashapplication.CashApplication.AllocationOutcome;
import io.ledgerline.receivables.cashapplication.CashApplication.CreditOutcome;
import io.ledgerline.receivables.cashapplication.CashApplication.Unapplication;
import io.ledgerline.receivables.cashapplication.InvoiceRegister;
import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.invoice.InvoiceCommand.DebitInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.refusal.Refusals;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Books ERP messages: each in its own transaction, once per external id. A repeat with the same
 * content gets the first answer; a repeat with different content is a conflict.
 */
@ApplicationScoped
public class ErpIngestion {

    private static final Logger LOG = Logger.getLogger(ErpIngestion.class);
    private static final int CHUNK = 100;

    /** The answer to one message: whether it was booked now, and the body to return. */
    public record Outcome(boolean created, JsonNode body) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    CashApplication cashApplication;

    @Inject
    ExternalIds externalIds;

    @Inject
    InvoiceRegister invoiceRegister;

    @Inject
    ObjectMapper json;

    /** A validated ERP message, ready to book exactly once. */
    public record Booking(String kind, String externalId, String contentHash, Supplier<ObjectNode> work) {
    }

    public Outcome invoice(ErpInvoice message) {
        return book(invoiceBooking(message));
    }

    public Outcome payment(ErpPayment message) {
        return book(paymentBooking(message));
    }

    public Outcome creditMemo(ErpCreditMemo message) {
        return book(creditMemoBooking(message));
    }

    /** Refuses an invalid credit memo before anything is stored; one above the invoice's open amount stores nothing. */
    public Booking creditMemoBooking(ErpCreditMemo message) {
        IssueCreditMemo memo = ErpValidation.issueCreditMemo(message);
        return new Booking("creditMemo", memo.externalId(), hash(memo), () -> Refusals.asProblems(() -> {
            CreditOutcome outcome = cashApplication.credit(memo);
            LOG.infof("Issued credit memo %s for customer %s: %s on invoice %s",
                    memo.creditMemoNumber(), memo.customerId(), memo.amount(), memo.invoiceNumber());
            return creditMemoBody(memo, outcome);
        }));
    }

    /** Refuses an invalid reversal before anything is stored; an unknown or reversed payment stores nothing. */
    public Booking paymentReversalBooking(ErpPaymentReversal message) {
        ReversePayment reversal = ErpValidation.reversePayment(message);
        String externalId = message.externalId().strip();
        return new Booking("paymentReversal", externalId, hash(externalId, reversal), () -> Refusals.asProblems(() -> {
            List<Unapplication> undone = cashApplication.reverse(reversal);
            ObjectNode body = json.createObjectNode();
            body.put("paymentId", reversal.paymentId());
            body.put("reversedOn", reversal.reversedOn().toString());
            ArrayNode unapplied = body.putArray("unapplied");
            undone.forEach(u -> unapplied.addObject().put("invoiceId", u.invoiceId())
                    .put("amount", u.amount().amount().toPlainString()));
            return body;
        }));
    }

    public Outcome debitAdjustment(ErpDebitAdjustment message) {
        return book(debitAdjustmentBooking(message));
    }

    /**
     * Refuses an invalid debit adjustment before anything is stored; one for an invoice not received
     * yet ({@code unknown-invoice}) or in another currency stores nothing.
     */
    public Booking debitAdjustmentBooking(ErpDebitAdjustment message) {
        ErpDebitAdjustment.Valid debit = ErpValidation.debitAdjustment(message);
        return new Booking("debitAdjustment", debit.externalId(), hash(debit), () -> Refusals.asProblems(() -> {
            InvoiceRegister.RegisteredInvoice invoice = invoiceRegister.find(debit.customerId(), debit.invoiceNumber())
                    .orElseThrow(() -> new RuleViolation("unknown-invoice", "invoiceNumber", "customer " + debit.customerId()
                            + " has no invoice numbered " + debit.invoiceNumber() + " (yet); send the debit after the invoice"));
            commands.sendAndWait(new DebitInvoice(invoice.invoiceId(), debit.debitId(), debit.externalId(), debit.debitedOn(),
                    debit.amount(), debit.reason()));
            LOG.infof("Debited invoice %s of customer %s by %s on %s: %s",
                    debit.invoiceNumber(), debit.customerId(), debit.amount(), debit.debitedOn(), debit.reason());
            ObjectNode body = json.createObjectNode();
            body.put("debitId", debit.debitId());
            body.put("externalId", debit.externalId());
            body.put("invoiceId", invoice.invoiceId());
            body.put("invoiceNumber", debit.invoiceNumber());
            body.put("customerId", debit.customerId());
            body.put("debitedOn", debit.debitedOn().toString());
            body.put("currency", debit.amount().currency().getCurrencyCode());
            body.put("amount", debit.amount().amount().toPlainString());
            body.put("reason", debit.reason());
            return body;
        }));
    }

    /** Refuses an invalid invoice before anything is stored. */
    public Booking invoiceBooking(ErpInvoice message) {
        IssueInvoice invoice = ErpValidation.issueInvoice(message);
        return new Booking("invoice", invoice.externalId(), hash(invoice), () -> {
            if (!cashApplication.register(invoice)) {
                throw ProblemException.conflict("duplicate-invoice-number", "customer " + invoice.customerId()
                        + " already has an invoice numbered " + invoice.invoiceNumber() + " under another externalId", "invoiceNumber");
            }
            commands.sendAndWait(invoice);
            cashApplication.releaseWaiting(invoice);
            LOG.infof("Issued invoice %s for customer %s: %s due %s",
                    invoice.invoiceNumber(), invoice.customerId(), invoice.amount(), invoice.dueDate());
            return invoiceBody(invoice);
        });
    }

    /** Refuses an invalid payment before anything is stored. */
    public Booking paymentBooking(ErpPayment message) {
        ReceivePayment payment = ErpValidation.receivePayment(message);
        return new Booking("payment", payment.externalId(), hash(payment), () -> {
            commands.sendAndWait(payment);
            List<AllocationOutcome> outcomes = cashApplication.allocate(payment);
            LOG.infof("Received payment %s from customer %s: %s on %s",
                    payment.externalId(), payment.customerId(), payment.amount(), payment.receivedDate());
            return paymentBody(payment, outcomes);
        });
    }

    /**
     * Reads one item of the ERP's language ({@code {"kind":"invoice",...}}, as in the batch endpoint
     * and on {@code ledgerline.erp.inbound}) and validates it; refuses it with a problem otherwise.
     */
    public Booking bookingOf(JsonNode item) {
        String kind = item == null ? "" : item.path("kind").asText("");
        try {
            return switch (kind) {
                case "invoice" -> invoiceBooking(json.treeToValue(withoutKind(item), ErpInvoice.class));
                case "payment" -> paymentBooking(json.treeToValue(withoutKind(item), ErpPayment.class));
                case "creditMemo" -> creditMemoBooking(json.treeToValue(withoutKind(item), ErpCreditMemo.class));
                case "paymentReversal" -> paymentReversalBooking(json.treeToValue(withoutKind(item), ErpPaymentReversal.class));
                case "debitAdjustment" -> debitAdjustmentBooking(json.treeToValue(withoutKind(item), ErpDebitAdjustment.class));
                default -> throw ProblemException.invalidField("kind",
                        "kind must be invoice, payment, creditMemo, paymentReversal or debitAdjustment, got '" + kind + "'");
            };
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON", e.getOriginalMessage(), null));
        }
    }

    private static JsonNode withoutKind(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove("kind");
        return copy;
    }

    /** Books one message in its own transaction. */
    public Outcome book(Booking booking) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> bookHere(booking));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // A concurrent twin of this message may have won the race; then its answer is ours.
            return QuarkusTransaction.requiringNew()
                    .call(() -> earlierAnswer(booking.kind(), booking.externalId(), booking.contentHash()))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * Books a batch's messages in order, {@value #CHUNK} to a transaction: one commit per chunk
     * instead of per message. If any message of a chunk is refused, the chunk is rolled back and
     * its messages are booked one by one, so each gets its own answer and no other is lost.
     */
    public List<Result> bookAll(List<Booking> bookings) {
        List<Result> results = new ArrayList<>(bookings.size());
        for (int from = 0; from < bookings.size(); from += CHUNK) {
            List<Booking> chunk = bookings.subList(from, Math.min(bookings.size(), from + CHUNK));
            try {
                results.addAll(QuarkusTransaction.requiringNew().call(() -> {
                    List<Result> booked = new ArrayList<>(chunk.size());
                    for (Booking booking : chunk) {
                        booked.add(Result.of(bookHere(booking)));
                    }
                    return booked;
                }));
            } catch (RuntimeException chunkRefused) {
                for (Booking booking : chunk) {
                    results.add(bookAlone(booking));
                }
            }
        }
        return results;
    }

    /** What became of one message of a batch: an outcome, or the reason it was refused. */
    public record Result(Outcome outcome, RuntimeException refusal) {
        static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }
    }

    private Result bookAlone(Booking booking) {
        try {
            return Result.of(book(booking));
        } catch (RuntimeException e) {
            return new Result(null, e);
        }
    }

    private Outcome bookHere(Booking booking) throws JsonProcessingException {
        Optional<Outcome> earlier = earlierAnswer(booking.kind(), booking.externalId(), booking.contentHash());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ObjectNode body = booking.work().get();
        externalIds.remember(booking.kind(), booking.externalId(), booking.contentHash(), json.writeValueAsString(body));
        return new Outcome(true, body);
    }

    private Optional<Outcome> earlierAnswer(String kind, String externalId, String contentHash) {
        return externalIds.find(kind, externalId).map(seen -> {
            if (!seen.contentHash().equals(contentHash)) {
                throw ProblemException.conflict("external-id-reused",
                        kind + " " + externalId + " was already received with different content", "externalId");
            }
            try {
                return new Outcome(false, json.readTree(seen.response()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored answer for " + externalId + " is not JSON", e);
            }
        });
    }

    private ObjectNode invoiceBody(IssueInvoice invoice) {
        ObjectNode body = json.createObjectNode();
        body.put("invoiceId", invoice.invoiceId());
        body.put("externalId", invoice.externalId());
        body.put("invoiceNumber", invoice.invoiceNumber());
        body.put("customerId", invoice.customerId());
        body.put("issueDate", invoice.issueDate().toString());
        body.put("dueDate", invoice.dueDate().toString());
        body.put("currency", invoice.amount().currency().getCurrencyCode());
        body.put("amount", invoice.amount().amount().toPlainString());
        if (invoice.productLine() != null) {
            body.put("productLine", invoice.productLine());
        }
        return body;
    }

    private ObjectNode paymentBody(ReceivePayment payment, List<AllocationOutcome> outcomes) {
        ObjectNode body = json.createObjectNode();
        body.put("paymentId", payment.paymentId());
        body.put("externalId", payment.externalId());
        body.put("customerId", payment.customerId());
        body.put("receivedDate", payment.receivedDate().toString());
        body.put("currency", payment.amount().currency().getCurrencyCode());
        body.put("amount", payment.amount().amount().toPlainString());
        ArrayNode applied = body.putArray("applied");
        ArrayNode awaiting = body.putArray("awaitingInvoice");
        Money unapplied = payment.amount();
        for (AllocationOutcome outcome : outcomes) {
            if (outcome.awaitingInvoice()) {
                awaiting.addObject().put("invoiceNumber", outcome.invoiceNumber())
                        .put("amount", outcome.requested().amount().toPlainString()).put("method", outcome.method());
            } else {
                applied.addObject().put("invoiceNumber", outcome.invoiceNumber()).put("invoiceId", outcome.invoiceId())
                        .put("amount", outcome.applied().amount().toPlainString()).put("method", outcome.method());
                unapplied = unapplied.minus(outcome.applied());
            }
        }
        body.put("unapplied", unapplied.amount().toPlainString());
        return body;
    }

    private ObjectNode creditMemoBody(IssueCreditMemo memo, CreditOutcome outcome) {
        ObjectNode body = json.createObjectNode();
        body.put("creditMemoId", memo.creditMemoId());
        body.put("externalId", memo.externalId());
        body.put("creditMemoNumber", memo.creditMemoNumber());
        body.put("customerId", memo.customerId());
        body.put("issueDate", memo.issueDate().toString());
        body.put("currency", memo.amount().currency().getCurrencyCode());
        body.put("amount", memo.amount().amount().toPlainString());
        body.put("invoiceNumber", memo.invoiceNumber());
        body.put("invoiceId", outcome.invoiceId());
        body.put("credited", outcome.credited().amount().toPlainString());
        body.put("awaitingInvoice", outcome.awaitingInvoice());
        return body;
    }

    /** What makes two messages with the same external id the same message. */
    private static String hash(ErpDebitAdjustment.Valid d) {
        return sha256(String.join("|", d.externalId(), d.customerId(), d.invoiceNumber(), d.debitedOn().toString(),
                d.amount().currency().getCurrencyCode(), d.amount().amount().toPlainString(), d.reason()));
    }

    /** Without a product line the hash is what it was before productLine existed, so earlier answers still match. */
    private static String hash(IssueInvoice i) {
        String content = String.join("|", i.externalId(), i.invoiceNumber(), i.customerId(), i.issueDate().toString(),
                i.dueDate().toString(), i.amount().currency().getCurrencyCode(), i.amount().amount().toPlainString());
        return sha256(i.productLine() == null ? content : content + "|productLine=" + i.productLine());
    }

    private static String hash(IssueCreditMemo m) {
        return sha256(String.join("|", m.externalId(), m.creditMemoNumber(), m.customerId(), m.issueDate().toString(),
                m.amount().currency().getCurrencyCode(), m.amount().amount().toPlainString(),
                String.valueOf(m.invoiceNumber()), m.reason()));
    }

    private static String hash(String externalId, ReversePayment r) {
        return sha256(String.join("|", externalId, r.paymentId(), r.reversedOn().toString(), r.reason()));
    }

    private static String hash(ReceivePayment p) {
        StringBuilder content = new StringBuilder(String.join("|", p.externalId(), p.customerId(), p.receivedDate().toString(),
                p.amount().currency().getCurrencyCode(), p.amount().amount().toPlainString()));
        p.allocations().forEach(a -> content.append('|').append(a.invoiceNumber()).append('=').append(a.amount().amount().toPlainString()));
        if (p.remittanceReference() != null) {
            content.append("|ref=").append(p.remittanceReference());
        }
        return sha256(content.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
