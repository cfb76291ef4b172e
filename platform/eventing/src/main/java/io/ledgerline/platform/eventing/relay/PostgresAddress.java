package io.ledgerline.platform.eventing.relay;

import java.net.URI;

/** Host, port and database of a {@code jdbc:postgresql://host:port/db} URL, as Debezium wants them. */
record PostgresAddress(String host, int port, String database) {

    static PostgresAddress parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path);
    }
}
