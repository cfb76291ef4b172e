package io.ledgerline.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The real PostgreSQL and Kafka that every test in one JVM shares. Started once; addresses are
 * kept in system properties, not static fields, because Quarkus reloads test classes in new
 * class loaders and a static field would silently start a second stack.
 */
public final class TestStack {

    private static final String PG_URL = "ledgerline.test.pg.url";
    private static final String KAFKA = "ledgerline.test.kafka.bootstrap";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private TestStack() {
    }

    /** Starts the stack if this JVM has not yet; returns immediately otherwise. */
    public static synchronized void ensureStarted() {
        if (System.getProperty(PG_URL) != null) {
            return;
        }
        try {
            if (dockerAvailable()) {
                startContainers();
            } else {
                startLocalProcesses();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test PostgreSQL and Kafka: " + e.getMessage(), e);
        }
    }

    public static String kafkaBootstrap() {
        ensureStarted();
        return System.getProperty(KAFKA);
    }

    /** JDBC URL of {@code database}, created on first use. */
    public static String jdbcUrl(String database) {
        ensureStarted();
        String base = System.getProperty(PG_URL);
        try (Connection c = DriverManager.getConnection(base + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "") + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        return base + database;
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** Held so the levels stick: the in-process broker would otherwise log every partition it loads. */
    private static final List<Logger> QUIET_BROKER_LOGS = Stream.of("kafka", "org.apache.kafka", "state.change.logger")
            .map(Logger::getLogger).toList();

    private static void startLocalProcesses() throws Exception {
        QUIET_BROKER_LOGS.forEach(logger -> logger.setLevel(Level.WARNING));
        LocalPostgres pg = LocalPostgres.start();
        System.setProperty(PG_URL, "jdbc:postgresql://localhost:" + pg.port() + "/");
        Path kafkaDir = Files.createTempDirectory("ledgerline-kafka-");
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(kafkaDir)
                .build())
                .setConfigProp("num.partitions", "3")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        System.setProperty(KAFKA, kafka.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                kafka.close();
            } catch (Exception e) {
                System.err.println("test Kafka did not stop cleanly: " + e.getMessage());
            }
        }, "ledgerline-test-kafka-stop"));
    }

    @SuppressWarnings("resource")
    private static void startContainers() {
        PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:15")
                .withUsername(USER).withPassword(PASSWORD)
                .withCommand("postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=20", "-c", "max_wal_senders=20");
        pg.start();
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");
        kafka.start();
        System.setProperty(PG_URL, "jdbc:postgresql://" + pg.getHost() + ":" + pg.getMappedPort(5432) + "/");
        System.setProperty(KAFKA, kafka.getBootstrapServers());
    }

    /** Docker is tried only where an engine could exist; asking Testcontainers elsewhere costs seconds. */
    private static boolean dockerAvailable() {
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
        if (!socket || Boolean.getBoolean("ledgerline.test.no-docker")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
