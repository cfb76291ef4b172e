package io.ledgerline.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster from the machine's own binaries (Debian's {@code postgresql}
 * package), with logical WAL so Debezium can read it. PostgreSQL refuses to run as root, so as
 * root the cluster belongs to the {@code postgres} user and every command goes through runuser.
 */
final class LocalPostgres {

    private final Path bin;
    private final Path dataDir;
    private final int port;

    private LocalPostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    static LocalPostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("ledgerline-pg-");
        Path data = dir.resolve("data");
        LocalPostgres pg = new LocalPostgres(bin, data, freePort());
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        pg.asOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "--auth=trust",
                "-U", "postgres", "--encoding=UTF8", "--no-sync"));
        String options = String.join(" ",
                "-p", Integer.toString(pg.port),
                "-c", "listen_addresses=localhost",
                "-c", "unix_socket_directories=" + dir,
                "-c", "wal_level=logical",
                "-c", "max_replication_slots=20",
                "-c", "max_wal_senders=20",
                "-c", "max_connections=200",
                "-c", "fsync=off",
                "-c", "synchronous_commit=off");
        pg.asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", dir.resolve("postgres.log").toString(), "-o", options, "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "ledgerline-test-postgres-stop"));
        return pg;
    }

    int port() {
        return port;
    }

    private void stop() {
        try {
            asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
            try (Stream<Path> files = Files.walk(dataDir.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("test PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private void asOwner(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("command failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("PostgreSQL is not installed: run deploy/local/prereqs (installs the Debian package postgresql)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
