package io.ledgerline.platform.eventing.projection;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs statements on a connection as one transaction, committed if they all succeed, and leaves the connection as it was. */
public final class InTransaction {

    /** Statements to run on the connection; do not commit or roll back. */
    @FunctionalInterface
    public interface Work {
        void run(Connection tx) throws SQLException;
    }

    private InTransaction() {
    }

    public static void run(Connection c, Work work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
