package io.ledgerline.bench.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The generator's parameters, from environment variables (the same names bench.py passes on). */
record Settings(int customers, int invoices, double paymentShare, long seed, LocalDate businessDate,
                String bootstrapServers, String rawJdbcUrl, String pgUser, String pgPassword) {

    static Settings fromEnvironment() {
        return new Settings(
                Integer.parseInt(env("CUSTOMERS", "20000")),
                Integer.parseInt(env("INVOICES", "1000000")),
                new BigDecimal(env("PAYMENT_SHARE", "0.30")).doubleValue(),
                Long.parseLong(env("SEED", "42")),
                LocalDate.parse(env("BUSINESS_DATE", LocalDate.now(ZoneOffset.UTC).toString())),
                env("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                env("RAW_JDBC_URL", "jdbc:postgresql://localhost:5433/benchraw"),
                env("PG_USER", "ledgerline"),
                env("PG_PASSWORD", "ledgerline"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
