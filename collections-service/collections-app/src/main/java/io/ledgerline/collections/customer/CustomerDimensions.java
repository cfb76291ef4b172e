package io.ledgerline.collections.customer;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads whom dunning involves at a customer ({@link CustomerDimensionsProjection}). */
@ApplicationScoped
public class CustomerDimensions {

    /** The customer's legal name and sales owner, and its finance contact's name, email and language; any may be null. */
    public record Dimensions(String legalName, String salesOwner, String financeName, String financeEmail, String financeLanguage) {
    }

    @Inject
    ProjectionReads reads;

    public Optional<Dimensions> find(String customerId) {
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement("""
                SELECT legal_name, sales_owner, finance_name, finance_email, finance_language FROM customer_dimension
                WHERE customer_id = ?""")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Dimensions(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the dimensions of customer " + customerId, e);
        }
    }
}
