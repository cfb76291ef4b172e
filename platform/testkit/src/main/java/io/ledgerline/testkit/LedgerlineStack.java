package io.ledgerline.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared real PostgreSQL and Kafka: its own database (init
 * arg {@code database}), the broker, and the test JWT public key.
 */
public class LedgerlineStack implements QuarkusTestResourceLifecycleManager {

    private String database = "ledgerline";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestStack.ensureStarted();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestStack.jdbcUrl(database));
        config.put("quarkus.datasource.username", TestStack.USER);
        config.put("quarkus.datasource.password", TestStack.PASSWORD);
        config.put("ledgerline.kafka.bootstrap-servers", TestStack.kafkaBootstrap());
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // The stack outlives each Quarkus restart; a JVM shutdown hook stops it.
    }
}
