package io.ledgerline.receivables.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.CreditInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.OpenDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.ResolveDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.UnapplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.WriteOffInvoice;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of payments, credits (repeated memos included), write-offs, reversals and
 * disputes, seeded so a failure is reproducible: whatever is accepted or refused, the open amount
 * stays between zero and the invoice amount and equals amount - applied + unapplied - credited - written off.
 */
class InvoicePropertyTest {

    private static final String INVOICE = "invoice-p";
    private static final LocalDate DAY = LocalDate.of(2013, 1, 2);
    private static final BigDecimal AMOUNT = new BigDecimal("100.00");

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_open_amount_stays_between_zero_and_the_invoice_amount(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>();
        history.add(new InvoiceIssued(INVOICE, "ERP-P", "INV-P", "C", DAY, DAY.plusDays(30), usd(AMOUNT).toContract()));
        List<String> disputes = new ArrayList<>();
        for (int step = 0; step < 25; step++) {
            Object command = command(random, step, disputes);
            AggregateTestFixture<Invoice> fixture = new AggregateTestFixture<>(Invoice.class);
            ResultValidator<Invoice> result = fixture.given(history).when(command);
            Capture emitted = new Capture();
            try {
                result.expectSuccessfulHandlerExecution();
            } catch (AxonAssertionError refused) {
                result.expectException(RuleViolation.class).expectNoEvents();
                continue;
            }
            result.expectEventsMatching(emitted);
            history.addAll(emitted.payloads);
            assertInvariant(history, "seed " + seed + " step " + step + " after " + command);
        }
        assertThat(history).as("some commands were accepted").hasSizeGreaterThan(1);
    }

    private static Object command(Random random, int step, List<String> disputes) {
        LocalDate on = DAY.plusDays(step);
        String payment = "payment-" + random.nextInt(4);
        return switch (random.nextInt(6)) {
            case 0, 1 -> new ApplyPayment(INVOICE, payment, on, usd(cents(random, 6000)),
                    random.nextBoolean() ? usd(new BigDecimal("1.00")) : null);
            case 2 -> new CreditInvoice(INVOICE, "memo-" + random.nextInt(3), on, usd(cents(random, 5000)));
            case 3 -> new UnapplyPayment(INVOICE, payment, on, "bounced");
            case 4 -> new WriteOffInvoice(INVOICE, random.nextBoolean() ? null : cents(random, 3000), "goodwill", on, "finance-user");
            default -> {
                if (!disputes.isEmpty() && random.nextBoolean()) {
                    yield new ResolveDispute(INVOICE, disputes.remove(random.nextInt(disputes.size())), on,
                            random.nextBoolean() ? "UPHELD" : "REJECTED", "memo-d" + step);
                }
                String dispute = "dispute-" + step;
                disputes.add(dispute);
                yield new OpenDispute(INVOICE, dispute, on, cents(random, 5000), "short delivery");
            }
        };
    }

    private static void assertInvariant(List<Object> history, String when) {
        BigDecimal open = BigDecimal.ZERO;
        Map<String, BigDecimal> byPayment = new HashMap<>();
        for (Object event : history) {
            if (event instanceof InvoiceIssued e) {
                open = e.amount().amount();
            } else if (event instanceof PaymentApplied e) {
                open = open.subtract(e.amount().amount());
                byPayment.merge(e.paymentId(), e.amount().amount(), BigDecimal::add);
            } else if (event instanceof PaymentUnapplied e) {
                open = open.add(e.amount().amount());
                byPayment.merge(e.paymentId(), e.amount().amount().negate(), BigDecimal::add);
            } else if (event instanceof InvoiceCredited e) {
                open = open.subtract(e.amount().amount());
            } else if (event instanceof InvoiceWrittenOff e) {
                open = open.subtract(e.amount().amount());
            }
        }
        assertThat(open).as("open amount %s", when).isBetween(BigDecimal.ZERO, AMOUNT);
        assertThat(byPayment.values()).as("what each payment has applied %s", when)
                .allSatisfy(applied -> assertThat(applied.signum()).isNotNegative());
    }

    private static BigDecimal cents(Random random, int max) {
        return BigDecimal.valueOf(1 + random.nextInt(max), 2);
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, java.util.Currency.getInstance("USD"));
    }

    /** Keeps the payloads of the events a command published. */
    private static final class Capture extends BaseMatcher<List<EventMessage<?>>> {

        private final List<Object> payloads = new ArrayList<>();

        @Override
        public boolean matches(Object actual) {
            payloads.clear();
            ((List<?>) actual).forEach(message -> payloads.add(((EventMessage<?>) message).getPayload()));
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("any events");
        }
    }
}
