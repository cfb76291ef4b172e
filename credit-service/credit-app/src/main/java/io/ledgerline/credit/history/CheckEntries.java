package io.ledgerline.credit.history;

import static io.ledgerline.credit.history.Phrases.money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Explains order credit checks: each reason with its figures and who may release it, and what the check read (the
 * assessment, the limit, the exposure parts and the oldest overdue item); then releases and cancellations.
 */
final class CheckEntries {

    /** Order credit checks are decided by credit-service's rules; who asked is in the explanation and inputs. */
    static final String RULES = "credit-service";

    private CheckEntries() {
    }

    /** {@code scorecard} is the version that scored the check's assessment when the history knows it, else null. */
    static Entry approved(CreditCheckApproved c, JsonNode data, Integer scorecard) {
        CreditCheckInputs in = c.inputs();
        String summary = "order " + c.orderId() + " for " + money(c.amount()) + " approved and reserved: exposure with it "
                + money(in.exposureWithOrder()) + " within the credit limit of " + money(in.creditLimit());
        return check(EntryKind.CHECK_APPROVED, summary, List.of(), c.orderId(), c.checkedOn(), c.requestedBy(), in, data, scorecard);
    }

    static Entry held(CreditCheckHeld c, JsonNode data, Integer scorecard) {
        String summary = "order " + c.orderId() + " for " + money(c.amount()) + " held: " + codes(c.reasons());
        return check(EntryKind.CHECK_HELD, summary, c.reasons(), c.orderId(), c.checkedOn(), c.requestedBy(), c.inputs(), data,
                scorecard);
    }

    static Entry rejected(CreditCheckRejected c, JsonNode data, Integer scorecard) {
        String summary = "order " + c.orderId() + " for " + money(c.amount()) + " rejected: " + codes(c.reasons());
        return check(EntryKind.CHECK_REJECTED, summary, c.reasons(), c.orderId(), c.checkedOn(), c.requestedBy(), c.inputs(), data,
                scorecard);
    }

    static Entry released(CreditCheckReleased r, JsonNode data) {
        String summary = "order " + r.orderId() + " (" + money(r.amount()) + ") released by " + r.releasedBy() + " as " + r.role()
                + ": " + r.reason();
        List<String> why = List.of("released from its hold by " + r.releasedBy() + " as " + r.role() + " on " + r.releasedOn()
                        + ": " + r.reason(),
                "releasing overrides the hold: the exposure is not checked again, and " + money(r.amount()) + " is now reserved");
        return new Entry(EntryKind.CHECK_RELEASED, r.releasedOn(), summary, why, r.releasedBy(), null,
                Phrases.without(data, "customerId", "orderId", "releasedOn", "releasedBy"), null, r.orderId(), null);
    }

    static Entry cancelled(CreditCheckCancelled c, JsonNode data) {
        String summary = "order " + c.orderId() + " (" + money(c.amount()) + ") cancelled by " + c.cancelledBy() + ": " + c.reason();
        List<String> why = List.of("cancelled by " + c.cancelledBy() + " on " + c.cancelledOn() + ": " + c.reason(),
                c.reservationFreed() ? "its reservation of " + money(c.amount()) + " is freed"
                        : "it was held, so it had reserved nothing");
        return new Entry(EntryKind.CHECK_CANCELLED, c.cancelledOn(), summary, why, c.cancelledBy(), null,
                Phrases.without(data, "customerId", "orderId", "cancelledOn", "cancelledBy"), null, c.orderId(), null);
    }

    private static Entry check(EntryKind kind, String summary, List<CheckReason> reasons, String orderId, LocalDate checkedOn,
                               String requestedBy, CreditCheckInputs in, JsonNode data, Integer scorecard) {
        List<String> why = new ArrayList<>();
        for (CheckReason r : reasons) {
            why.add(r.code() + ": " + r.detail() + (r.releasableBy() == null || r.releasableBy().isEmpty() ? ""
                    : " (released by " + String.join(" or ", r.releasableBy()) + ")"));
        }
        why.addAll(read(in, data.path("amount")));
        why.add("requested by " + requestedBy + " on " + checkedOn);
        return new Entry(kind, checkedOn, summary, why, RULES, Versions.of(in.assessmentId() == null ? null : scorecard,
                in.policyVersion()), flattened(data), in.assessmentId(), orderId, null);
    }

    /** What the check read, one sentence per part. */
    static List<String> read(CreditCheckInputs in, JsonNode order) {
        List<String> lines = new ArrayList<>();
        lines.add(in.assessmentId() == null ? "the customer was never assessed"
                : "assessment " + in.assessmentId() + ": score " + in.score() + ", grade " + in.grade() + " by credit policy v"
                + in.policyVersion());
        lines.add(in.creditLimit() == null ? "no credit limit assigned" : "credit limit " + money(in.creditLimit()));
        lines.add("exposure with this order " + money(in.exposureWithOrder()) + " = open receivables " + amount(in.openReceivables())
                + " + reserved orders " + amount(in.reservedOrders()) + " - prepayments " + amount(in.prepayments())
                + " + the order " + Phrases.textOr(order, "amount", Phrases.UNKNOWN));
        lines.add("the oldest overdue item is " + in.oldestOverdueDays() + " days past due"
                + (in.overdueToleranceDays() == null ? "" : "; grade " + in.grade() + " tolerates " + in.overdueToleranceDays() + " days"));
        return lines;
    }

    /** The amount, the reasons and every input of the check at one level: {@code {"amount", "reasons", "score", ...}}. */
    private static ObjectNode flattened(JsonNode data) {
        ObjectNode inputs = Phrases.without(data, "customerId", "orderId", "checkedOn", "inputs");
        Iterator<Map.Entry<String, JsonNode>> read = data.path("inputs").fields();
        while (read.hasNext()) {
            Map.Entry<String, JsonNode> field = read.next();
            inputs.set(field.getKey(), field.getValue().deepCopy());
        }
        return inputs;
    }

    private static String amount(Money money) {
        return money == null || money.amount() == null ? Phrases.UNKNOWN : money.amount().toPlainString();
    }

    private static String codes(List<CheckReason> reasons) {
        return String.join(", ", reasons.stream().map(CheckReason::code).toList());
    }
}
