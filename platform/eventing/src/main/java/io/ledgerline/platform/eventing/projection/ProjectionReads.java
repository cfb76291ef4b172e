package io.ledgerline.platform.eventing.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where queries read projections from. Every read of a projection's tables opens its connection
 * here, never from the datasource directly, so that ops can rebuild a projection into new tables
 * and switch readers over without a query knowing which version it reads.
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
