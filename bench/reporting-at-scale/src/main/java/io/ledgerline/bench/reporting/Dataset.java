package io.ledgerline.bench.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmark's ledger, derived from the seed alone: item {@code i} is the same on every run with the same
 * seed and sizes, so Kafka and the raw tables get exactly the same invoices (and a rerun publishes the same
 * event ids, which the projections dedupe). Every invoice is still open on the business date: a payment, when
 * there is one, pays 10 to 90 % of it on a date between its issue date and the business date.
 */
final class Dataset {

    static final List<String> REGIONS = List.of("NORTH", "SOUTH", "EAST", "WEST", "CENTRAL", "NORTHEAST", "NORTHWEST", "SOUTHWEST");
    static final List<String> CUSTOMER_TYPES = List.of("DISTRIBUTOR", "RETAILER", "OEM", "WHOLESALER");
    static final List<String> INDUSTRIES = List.of("WHOLESALE", "MANUFACTURING", "RETAIL", "LOGISTICS");
    /** Currencies the demo data does not use, so the bench's totals can be compared on a platform that has it. */
    static final List<String> CURRENCIES = List.of("CHF", "GBP", "SEK", "JPY");
    static final int[] TERMS = {30, 45, 60};
    /** Issue dates spread over the last two years before the business date. */
    static final int ISSUE_SPAN_DAYS = 730;
    static final int SALES_OWNERS = 25;

    record Customer(String id, String legalName, String region, String customerType, String salesOwner, String industry,
                    String currency) {
    }

    record Payment(String paymentId, LocalDate appliedOn, BigDecimal amount) {
    }

    record Invoice(String invoiceId, String invoiceNumber, Customer customer, LocalDate issueDate, LocalDate dueDate,
                   String currency, BigDecimal amount, Payment payment) {
    }

    private final Settings settings;

    Dataset(Settings settings) {
        this.settings = settings;
    }

    Customer customer(int index) {
        SplittableRandom r = random(1, index);
        String id = "S%d-C%05d".formatted(settings.seed(), index);
        return new Customer(id, "Bench Customer %05d".formatted(index), pick(r, REGIONS), pick(r, CUSTOMER_TYPES),
                "owner.%02d".formatted(r.nextInt(SALES_OWNERS)), pick(r, INDUSTRIES), pick(r, CURRENCIES));
    }

    Invoice invoice(int index) {
        SplittableRandom r = random(2, index);
        Customer customer = customer(r.nextInt(settings.customers()));
        LocalDate issued = settings.businessDate().minusDays(r.nextInt(ISSUE_SPAN_DAYS));
        LocalDate due = issued.plusDays(TERMS[r.nextInt(TERMS.length)]);
        String currency = customer.currency();
        int scale = "JPY".equals(currency) ? 0 : 2;
        // 100.00 to 50,000.00 in cents, or 10,000 to 5,000,000 yen
        BigDecimal amount = BigDecimal.valueOf(10_000 + r.nextLong(4_990_001), scale);
        Payment payment = null;
        if (r.nextDouble() < settings.paymentShare()) {
            long days = ChronoUnit.DAYS.between(issued, settings.businessDate());
            LocalDate on = issued.plusDays(r.nextLong(days + 1));
            BigDecimal paid = amount.multiply(BigDecimal.valueOf(10 + r.nextInt(81), 2)).setScale(scale, RoundingMode.DOWN);
            payment = new Payment(uuid("payment", index), on, paid);
        }
        return new Invoice(uuid("invoice", index), "B%07d".formatted(index), customer, issued, due, currency, amount, payment);
    }

    String eventId(String kind, int index) {
        return uuid("event-" + kind, index);
    }

    private String uuid(String kind, int index) {
        return UUID.nameUUIDFromBytes(("ledgerline-bench:%d:%s:%d".formatted(settings.seed(), kind, index))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private SplittableRandom random(int stream, int index) {
        return new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + stream * 1_000_000_007L + index);
    }

    private static String pick(SplittableRandom r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }
}
