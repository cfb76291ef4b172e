package io.ledgerline.receivables;

import static io.ledgerline.receivables.Ledger.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random ERP traffic for one customer (invoices, payments with and without allocations or remittance
 * references, credit memos, reversals) in random order with duplicates, pushed through the batch
 * endpoint in random cuts. Whatever was accepted or refused, the ledger's events must say: every
 * invoice's open amount lies between zero and its amount; sum of open = invoices - credits - applied
 * cash; no payment applies more than it brought and a reversed one keeps nothing applied; no memo
 * credits more than its amount; a message is booked at most once. Seeded, so a failure reproduces.
 * EUR has no write-off tolerance here, so nothing is written off and the identity is exact.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class LedgerPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate START = LocalDate.of(2013, 1, 2);

    static LongStream seeds() {
        return LongStream.range(0, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void open_amounts_stay_in_bounds_and_add_up(long seed) throws Exception {
        Random random = new Random(seed);
        String customer = Ledger.unique("PROP" + seed);
        List<ObjectNode> messages = messages(random, customer);
        List<ObjectNode> traffic = new ArrayList<>(messages);
        Collections.shuffle(traffic, random);
        for (ObjectNode message : messages) {
            if (random.nextInt(4) == 0) {
                traffic.add(random.nextInt(traffic.size() + 1), message.deepCopy());
            }
        }

        Map<String, Integer> created = new HashMap<>();
        for (List<ObjectNode> cut : cuts(traffic, random)) {
            ArrayNode batch = JSON.createArrayNode();
            batch.addAll(cut);
            JsonNode results = JSON.readTree(as("erp-integration").body(batch.toString())
                    .post("/api/v1/erp/batch").then().statusCode(200).extract().asString());
            for (JsonNode result : results) {
                assertThat(result.path("status").asInt()).as("%s", result).isIn(200, 201, 404, 409, 422);
                if (result.path("status").asInt() == 201) {
                    created.merge(result.path("externalId").asText(), 1, Integer::sum);
                }
            }
        }
        assertThat(created.values()).as("a message is booked at most once").allMatch(n -> n == 1);

        Books books = Books.of(storedEvents(customer));
        BigDecimal expectedInvoiced = messages.stream().filter(m -> m.path("kind").asText().equals("invoice"))
                .map(m -> new BigDecimal(m.path("amount").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(books.invoiced()).as("every invoice once, duplicates not again").isEqualByComparingTo(expectedInvoiced);
        books.open.forEach((invoice, open) -> assertThat(open).as("open amount of %s", invoice)
                .isBetween(BigDecimal.ZERO, books.amount.get(invoice)));
        assertThat(books.totalOpen()).as("sum of open = invoices - credits - applied cash")
                .isEqualByComparingTo(books.invoiced().subtract(books.credited()).subtract(books.appliedCash()));
        assertThat(books.writtenOff).isEqualByComparingTo(BigDecimal.ZERO);
        books.appliedByPayment.forEach((payment, applied) -> {
            assertThat(applied).as("applied by payment %s", payment).isBetween(BigDecimal.ZERO, books.paid.get(payment));
            if (books.reversed.contains(payment)) {
                assertThat(applied).as("reversed payment %s keeps nothing applied", payment).isZero();
            }
        });
        books.creditedByMemo.forEach((memo, credited) ->
                assertThat(credited).as("credited by memo %s", memo).isLessThanOrEqualTo(books.memo.get(memo)));

        JsonNode balance = JSON.readTree(as("finance").get("/api/v1/customers/{id}/balance", customer)
                .then().statusCode(200).extract().asString());
        JsonNode eur = currency(balance, "EUR");
        assertThat(new BigDecimal(eur.path("openItems").asText("0"))).as("balance open items")
                .isEqualByComparingTo(books.totalOpen());
        assertThat(new BigDecimal(eur.path("unappliedCash").asText("0"))).as("balance unapplied cash")
                .isEqualByComparingTo(books.unappliedCash());
    }

    private static JsonNode currency(JsonNode balance, String currency) {
        for (JsonNode line : balance.path("currencies")) {
            if (currency.equals(line.path("currency").asText())) {
                return line;
            }
        }
        return JSON.createObjectNode();
    }

    /** Six invoices, six payments of every sort, three credit memos (one free), two reversals. */
    private static List<ObjectNode> messages(Random random, String customer) {
        List<ObjectNode> messages = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String number = customer + "-INV-" + i;
            numbers.add(number);
            LocalDate issued = START.plusDays(random.nextInt(30));
            messages.add(message("invoice", customer, "I" + i).put("invoiceNumber", number)
                    .put("issueDate", issued.toString()).put("dueDate", issued.plusDays(30).toString())
                    .put("currency", "EUR").put("amount", money(random, 50, 500)));
        }
        List<String> payments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String externalId = customer + "-P" + i;
            payments.add(externalId);
            ObjectNode payment = message("payment", customer, "P" + i)
                    .put("receivedDate", START.plusDays(random.nextInt(60)).toString())
                    .put("currency", "EUR").put("amount", money(random, 20, 400));
            ArrayNode allocations = payment.putArray("allocations");
            switch (random.nextInt(3)) {
                case 0 -> allocations.addObject().put("invoiceNumber", numbers.get(random.nextInt(6)))
                        .put("amount", new BigDecimal(payment.path("amount").asText()).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN).toPlainString());
                case 1 -> payment.put("remittanceReference", "Paying " + numbers.get(random.nextInt(6)) + " thanks");
                default -> { /* no hint at all: exact amount or oldest first */ }
            }
            messages.add(payment);
        }
        for (int i = 0; i < 3; i++) {
            ObjectNode memo = message("creditMemo", customer, "CM" + i).put("creditMemoNumber", customer + "-CM-" + i)
                    .put("issueDate", START.plusDays(random.nextInt(60)).toString())
                    .put("currency", "EUR").put("amount", money(random, 5, 150)).put("reason", "price correction");
            if (i > 0) {
                memo.put("invoiceNumber", numbers.get(random.nextInt(6)));
            }
            messages.add(memo);
        }
        for (int i = 0; i < 2; i++) {
            messages.add(message("paymentReversal", customer, "R" + i)
                    .put("paymentExternalId", payments.get(random.nextInt(6)))
                    .put("reversedOn", START.plusDays(70).toString()).put("reason", "bounced"));
        }
        return messages;
    }

    private static ObjectNode message(String kind, String customer, String id) {
        ObjectNode message = JSON.createObjectNode().put("kind", kind).put("externalId", customer + "-" + id);
        if (!kind.equals("paymentReversal")) {
            message.put("customerId", customer);
        }
        return message;
    }

    private static String money(Random random, int from, int to) {
        return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100), 2).toPlainString();
    }

    private static List<List<ObjectNode>> cuts(List<ObjectNode> traffic, Random random) {
        List<List<ObjectNode>> cuts = new ArrayList<>();
        int from = 0;
        while (from < traffic.size()) {
            int to = Math.min(traffic.size(), from + 1 + random.nextInt(8));
            cuts.add(traffic.subList(from, to));
            from = to;
        }
        return cuts;
    }

    private static List<JsonNode> storedEvents(String customer) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        try (Connection c = TestStack.connect("receivables");
             PreparedStatement s = c.prepareStatement("""
                     SELECT payload_type, convert_from(payload, 'UTF8') FROM domain_event_entry
                     WHERE convert_from(payload, 'UTF8')::jsonb ->> 'customerId' = ? ORDER BY global_index""")) {
            s.setString(1, customer);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ObjectNode event = JSON.createObjectNode().put("type", rs.getString(1));
                    event.set("data", JSON.readTree(rs.getString(2)));
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** The customer's books as its stored events tell them. */
    private record Books(Map<String, BigDecimal> amount, Map<String, BigDecimal> open,
                         Map<String, BigDecimal> paid, Map<String, BigDecimal> appliedByPayment, Set<String> reversed,
                         Map<String, BigDecimal> memo, Map<String, BigDecimal> creditedByMemo, BigDecimal writtenOff) {

        static Books of(List<JsonNode> events) {
            Books books = new Books(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(),
                    new HashMap<>(), new HashMap<>(), BigDecimal.ZERO);
            BigDecimal writtenOff = BigDecimal.ZERO;
            for (JsonNode event : events) {
                JsonNode data = event.path("data");
                BigDecimal amount = new BigDecimal(data.path("amount").path("amount").asText("0"));
                String invoice = data.path("invoiceId").asText();
                switch (event.path("type").asText().replace("ledgerline.receivables.", "").replace(".v1", "")) {
                    case "InvoiceIssued" -> {
                        books.amount.put(invoice, amount);
                        books.open.put(invoice, amount);
                    }
                    case "InvoiceDebited" -> {
                        books.amount.merge(invoice, amount, BigDecimal::add);
                        books.open.merge(invoice, amount, BigDecimal::add);
                    }
                    case "PaymentReceived" -> books.paid.put(data.path("paymentId").asText(), amount);
                    case "PaymentApplied" -> {
                        books.open.merge(invoice, amount.negate(), BigDecimal::add);
                        books.appliedByPayment.merge(data.path("paymentId").asText(), amount, BigDecimal::add);
                    }
                    case "PaymentUnapplied" -> {
                        books.open.merge(invoice, amount, BigDecimal::add);
                        books.appliedByPayment.merge(data.path("paymentId").asText(), amount.negate(), BigDecimal::add);
                    }
                    case "PaymentReversed" -> books.reversed.add(data.path("paymentId").asText());
                    case "CreditMemoIssued" -> books.memo.put(data.path("creditMemoId").asText(), amount);
                    case "InvoiceCredited" -> {
                        books.open.merge(invoice, amount.negate(), BigDecimal::add);
                        books.creditedByMemo.merge(data.path("creditMemoId").asText(), amount, BigDecimal::add);
                    }
                    case "InvoiceWrittenOff" -> {
                        books.open.merge(invoice, amount.negate(), BigDecimal::add);
                        writtenOff = writtenOff.add(amount);
                    }
                    default -> { /* disputes and contracts move no open amount */ }
                }
            }
            return new Books(books.amount, books.open, books.paid, books.appliedByPayment, books.reversed,
                    books.memo, books.creditedByMemo, writtenOff);
        }

        BigDecimal invoiced() {
            return sum(amount);
        }

        BigDecimal totalOpen() {
            return sum(open);
        }

        BigDecimal credited() {
            return sum(creditedByMemo);
        }

        BigDecimal appliedCash() {
            return sum(appliedByPayment);
        }

        /** Cash of payments not reversed that no invoice took: the customer's credit balance. */
        BigDecimal unappliedCash() {
            return paid.entrySet().stream().filter(p -> !reversed.contains(p.getKey()))
                    .map(p -> p.getValue().subtract(appliedByPayment.getOrDefault(p.getKey(), BigDecimal.ZERO)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private static BigDecimal sum(Map<String, BigDecimal> amounts) {
            return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
