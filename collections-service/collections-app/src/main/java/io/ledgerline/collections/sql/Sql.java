package io.ledgerline.collections.sql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** One parameterised statement on a connection; a {@link LocalDate} goes in as a SQL date. */
public final class Sql {

    private Sql() {
    }

    /** Runs {@code sql} with {@code values} bound in order; returns the rows it changed. */
    public static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                s.setObject(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
            return s.executeUpdate();
        }
    }
}
