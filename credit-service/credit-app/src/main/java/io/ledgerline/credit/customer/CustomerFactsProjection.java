package io.ledgerline.credit.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * What scoring needs to know of each customer, from {@code ledgerline.customer.events}: founding date,
 * registered capital, ownership type and industry (from {@code CustomerRegistered.v1} and
 * {@code CustomerProfileUpdated.v1}; an older event never replaces a newer one by the envelope's
 * sequence) and public risk signals ({@code RiskSignalRecorded.v1}, once per signal id; a new one is followed up in
 * the same transaction, see {@link RiskSignalFollowUp}).
 */
@Singleton
public class CustomerFactsProjection implements Projection {

    public static final String NAME = "credit.customer-facts";
    /** {@code CustomerTopics.EVENTS} of customer-api; credit-service reads the topic's JSON, not the module. */
    public static final String TOPIC = "ledgerline.customer.events";

    @Inject
    RiskSignalFollowUp followUp;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public List<String> tables() {
        return List.of("customer_fact", "customer_risk_signal");
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        switch (event.type()) {
            case "ledgerline.customer.CustomerRegistered.v1", "ledgerline.customer.CustomerProfileUpdated.v1" -> profile(tx, event);
            case "ledgerline.customer.RiskSignalRecorded.v1" -> signal(tx, event.data(), followUp);
            default -> {
                // contacts and lifecycle do not score; unknown types are ignored
            }
        }
    }

    private static void profile(Connection tx, EventEnvelope event) throws SQLException {
        JsonNode d = event.data();
        JsonNode capital = d.path("registeredCapital");
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO customer_fact (customer_id, founding_date, capital_amount, capital_currency, ownership_type, industry, sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE
                SET founding_date = excluded.founding_date, capital_amount = excluded.capital_amount,
                    capital_currency = excluded.capital_currency, ownership_type = excluded.ownership_type,
                    industry = excluded.industry, sequence = excluded.sequence
                WHERE customer_fact.sequence <= excluded.sequence""")) {
            s.setString(1, d.path("customerId").asText());
            String founded = text(d, "foundingDate");
            if (founded == null) {
                s.setNull(2, Types.DATE);
            } else {
                s.setDate(2, Date.valueOf(LocalDate.parse(founded)));
            }
            String amount = text(capital, "amount");
            s.setBigDecimal(3, amount == null ? null : new BigDecimal(amount));
            s.setString(4, amount == null ? null : text(capital, "currency"));
            s.setString(5, text(d, "ownershipType"));
            s.setString(6, text(d, "industry"));
            s.setLong(7, event.sequence());
            s.executeUpdate();
        }
    }

    private static void signal(Connection tx, JsonNode d, RiskSignalFollowUp followUp) throws SQLException {
        String customerId = d.path("customerId").asText();
        String kind = d.path("kind").asText();
        String severity = d.path("severity").asText();
        LocalDate observedOn = LocalDate.parse(d.path("observedOn").asText());
        int inserted;
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO customer_risk_signal (signal_id, customer_id, kind, severity, observed_on)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (signal_id) DO NOTHING""")) {
            s.setString(1, d.path("signalId").asText());
            s.setString(2, customerId);
            s.setString(3, kind);
            s.setString(4, severity);
            s.setDate(5, Date.valueOf(observedOn));
            inserted = s.executeUpdate();
        }
        if (inserted == 1) {
            followUp.recorded(tx, customerId, kind, severity, observedOn);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
