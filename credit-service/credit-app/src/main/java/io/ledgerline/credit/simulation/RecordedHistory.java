package io.ledgerline.credit.simulation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recorded history a simulation replays, read from credit-service's own event store ({@code domain_event_entry}):
 * every {@code CustomerAssessed} and every credit check's decision, in the order they were stored. Payloads are the
 * events' contract JSON under their contract name, as the event store's serializer wrote them.
 */
@ApplicationScoped
class RecordedHistory {

    private static final int BATCH = 2000;
    private static final Map<String, Class<? extends CreditEvent>> REPLAYED = Stream.of(CustomerAssessed.class,
                    CreditCheckApproved.class, CreditCheckHeld.class, CreditCheckRejected.class)
            .collect(Collectors.toUnmodifiableMap(t -> t.getAnnotation(JsonTypeName.class).value(), t -> t));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Hands every replayed event to {@code sink}, in stored order, read in batches from one snapshot of the store. */
    void forEach(Consumer<CreditEvent> sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams in batches (a cursor) only inside a transaction
            try (PreparedStatement s = c.prepareStatement("SELECT payload_type, payload FROM domain_event_entry "
                    + "WHERE payload_type = ANY (?) ORDER BY global_index")) {
                Array types = c.createArrayOf("varchar", REPLAYED.keySet().toArray());
                s.setArray(1, types);
                s.setFetchSize(BATCH);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(json.readValue(rs.getBytes(2), REPLAYED.get(rs.getString(1))));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the recorded assessments and credit checks", e);
        }
    }
}
