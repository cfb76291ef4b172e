package io.ledgerline.platform.eventing.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where queries read projections from. Every read of a projection's tables opens its connection
 * here, never from the datasource directly, and names the tables unqualified. The serving version
 * of every projection always has the tables' own names in the service's schema: a rebuild builds
 * its version in a schema of its own and swaps it in within one transaction (see
 * {@link ProjectionRunner#rebuild}). A read that started before the swap finishes on the old rows;
 * one that starts during it waits for the commit (at most a fraction of a second) and reads the new
 * rows; none fails. A read that spans several statements may therefore see the old version in the
 * first and the new one in a later one unless it runs them in one transaction.
 */
@ApplicationScoped
public class ProjectionReads {

    @Inject
    AgroalDataSource dataSource;

    /** A connection that reads the serving version of every projection; close it when done. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
