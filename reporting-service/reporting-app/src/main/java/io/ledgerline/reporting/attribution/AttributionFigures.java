package io.ledgerline.reporting.attribution;

import io.ledgerline.reporting.attribution.AttributionReport.Row;
import io.ledgerline.reporting.metrics.MinorUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The attribution report over the payments of one currency and period: sums, shares and medians, by hand. */
final class AttributionFigures {

    static final String NONE = "NONE";
    /** collections-service's kinds in the order it lists touches of one day; a kind it adds later comes after them. */
    private static final List<String> KINDS = List.of("REMINDER_EMAIL", "EMAIL", "CALL", "VISIT", "PROMISE");
    private static final Comparator<String> KIND_ORDER = Comparator.<String>comparingInt(k -> NONE.equals(k) ? 2 : KINDS.contains(k) ? 0 : 1)
            .thenComparingInt(KINDS::indexOf).thenComparing(Comparator.naturalOrder());
    private static final int SHARE_SCALE = 4;

    private AttributionFigures() {
    }

    static AttributionReport report(AttributionRequest request, List<AttributedPayment> payments) {
        BigDecimal total = payments.stream().map(AttributedPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, List<AttributedPayment>> byTouch = new TreeMap<>(KIND_ORDER);
        Map<String, List<AttributedPayment>> byLast = new TreeMap<>(KIND_ORDER);
        for (AttributedPayment p : payments) {
            if (p.daysFromLatestOfKind().isEmpty()) {
                byTouch.computeIfAbsent(NONE, k -> new ArrayList<>()).add(p);
            }
            p.daysFromLatestOfKind().keySet().forEach(kind -> byTouch.computeIfAbsent(kind, k -> new ArrayList<>()).add(p));
            byLast.computeIfAbsent(p.lastTouch() == null ? NONE : p.lastTouch(), k -> new ArrayList<>()).add(p);
        }
        return new AttributionReport(request.currency(), request.from(), request.to(), payments.size(),
                MinorUnit.format(total, request.currency()),
                rows(byTouch, total, request.currency(), kind -> p -> p.daysFromLatestOfKind().get(kind)),
                rows(byLast, total, request.currency(), kind -> AttributedPayment::daysFromLastTouch));
    }

    private static List<Row> rows(Map<String, List<AttributedPayment>> groups, BigDecimal total, String currency,
                                  Function<String, Function<AttributedPayment, Integer>> days) {
        List<Row> rows = new ArrayList<>();
        groups.forEach((kind, payments) -> {
            BigDecimal collected = payments.stream().map(AttributedPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new Row(kind, payments.size(), MinorUnit.format(collected, currency), share(collected, total),
                    NONE.equals(kind) ? null : median(payments.stream().map(days.apply(kind)).toList())));
        });
        return rows;
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The middle value, or the mean of the two middle ones; null of nothing. */
    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
