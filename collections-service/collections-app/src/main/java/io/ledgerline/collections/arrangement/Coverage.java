package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.casework.CaseReads;
import io.ledgerline.collections.casework.CaseView;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.receivables.CustomerItems;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a promise or plan made on a case may cover: the open case's customer's items open today in one currency, named
 * or, when none are named, every overdue one. Each refusal is a problem naming the field at fault.
 */
@ApplicationScoped
public class Coverage {

    /** The open case's customer and the items covered, with what is dunnable on them in all. */
    public record Covered(String customerId, List<OpenItem> items, BigDecimal dunnable) {

        public List<String> invoiceIds() {
            return items.stream().map(OpenItem::invoiceId).toList();
        }
    }

    @Inject
    CaseReads cases;

    @Inject
    CustomerItems items;

    public Covered of(String caseId, String currency, List<String> invoiceIds, LocalDate today) {
        CaseView view = cases.find(caseId).orElseThrow(() -> new ProblemException(Problem.of(404, "case-not-found", "Not found",
                "there is no collection case " + caseId, "caseId")));
        if (!"OPEN".equals(view.status())) {
            throw ProblemException.conflict("case-closed", "case " + caseId + " is closed: promises and plans are made on the open case",
                    null);
        }
        Map<String, OpenItem> open = items.openOn(view.customerId(), today).stream().filter(i -> i.dunnable().signum() > 0)
                .collect(Collectors.toMap(OpenItem::invoiceId, Function.identity()));
        List<OpenItem> covered;
        if (invoiceIds.isEmpty()) {
            covered = open.values().stream().filter(i -> i.currency().equals(currency) && i.dueDate().isBefore(today))
                    .sorted(Comparator.comparing(OpenItem::dueDate).thenComparing(OpenItem::invoiceId)).toList();
            if (covered.isEmpty()) {
                throw ProblemException.invalidField("currency", "customer " + view.customerId() + " has nothing overdue in " + currency
                        + " that is not disputed; name the invoiceIds to cover");
            }
        } else {
            for (String id : invoiceIds) {
                OpenItem item = open.get(id);
                if (item == null || !item.currency().equals(currency)) {
                    throw ProblemException.invalidField("invoiceIds", "invoice " + id + " is not an open, undisputed item of customer "
                            + view.customerId() + " in " + currency);
                }
            }
            covered = invoiceIds.stream().map(open::get).toList();
        }
        BigDecimal dunnable = covered.stream().map(OpenItem::dunnable).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Covered(view.customerId(), covered, dunnable);
    }
}
