package io.ledgerline.e2e;

import static org.awaitility.Awaitility.await;

import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A packaged service started as its own OS process on the test PostgreSQL and Kafka, as in production. */
final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final String database;
    private final int port;
    private final Path log;
    private final List<String> settings;
    private Process process;

    ServiceProcess(String name, String module, String database) throws IOException {
        this(name, module, database, List.of());
    }

    /** {@code settings} are extra {@code -Dkey=value} options, e.g. the relay's own replication slot. */
    ServiceProcess(String name, String module, String database, List<String> settings) throws IOException {
        this.name = name;
        this.settings = List.copyOf(settings);
        this.jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        this.database = database;
        this.port = freePort();
        this.log = Path.of("target", name + ".log").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn package)");
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + TestStack.jdbcUrl(database),
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dledgerline.kafka.bootstrap-servers=" + TestStack.kafkaBootstrap(),
                "-Dmp.jwt.verify.publickey.location=" + TestTokens.publicKeyFile().toUri()));
        command.addAll(settings);
        command.addAll(List.of("-jar", jar.toString()));
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady(Duration.ofSeconds(120));
    }

    /** SIGKILL: no shutdown hook, no flush; what the service had not committed is simply gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYetListening) {
                return false;
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
