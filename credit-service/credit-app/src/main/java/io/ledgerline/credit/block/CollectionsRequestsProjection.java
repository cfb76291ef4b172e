package io.ledgerline.credit.block;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The trading restrictions collections asks for on {@code ledgerline.collections.events}
 * ({@code TradingRestrictionRequested.v1}), each recorded once by its request id as pending; {@link CollectionsBlockWorker}
 * turns them into credit blocks. Other types are ignored.
 */
@Singleton
public class CollectionsRequestsProjection implements Projection {

    public static final String NAME = "credit.collections-requests";
    /** {@code CollectionsTopics.EVENTS} of collections-api; credit-service reads the topic's JSON, not the module. */
    public static final String TOPIC = "ledgerline.collections.events";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    /** The requests only: what was done with them is kept apart, so a rebuild never blocks anyone twice. */
    @Override
    public List<String> tables() {
        return List.of("collections_block_request");
    }

    /** Keyed by request id: a repeated request changes nothing. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (!BlockRequest.TYPE.equals(event.type())) {
            return;
        }
        BlockRequest r = BlockRequest.from(event);
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO collections_block_request (request_id, customer_id, case_id, requested_on, requested_by, step, reason,
                                                       overdue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""")) {
            s.setString(1, r.requestId());
            s.setString(2, r.customerId());
            s.setString(3, r.caseId());
            s.setDate(4, Date.valueOf(r.requestedOn()));
            s.setString(5, r.requestedBy());
            s.setString(6, r.step());
            s.setString(7, r.reason());
            s.setString(8, EnvelopeCodec.mapper().writeValueAsString(r.overdue()));
            s.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the overdue amounts of request " + r.requestId(), e);
        }
    }
}
