package dev.liveops.testing;

import dev.liveops.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real store of its own, removed on close: SQLite in a temporary folder, or a fresh database on the test JVM's
 * {@link PostgresServer}.
 */
public final class TempDatabase implements AutoCloseable {
    private final StoreKind kind;
    private final String url;
    private final Path folder;
    private final Database database;

    private TempDatabase(StoreKind kind, String url, Path folder) {
        this.kind = kind;
        this.url = url;
        this.folder = folder;
        this.database = Database.open(url);
    }

    public static TempDatabase create() {
        return of(StoreKind.SQLITE);
    }

    public static TempDatabase of(StoreKind kind) {
        if (kind == StoreKind.POSTGRESQL) {
            return new TempDatabase(kind, PostgresServer.shared().createDatabase(), null);
        }
        try {
            Path folder = Files.createTempDirectory("liveops-test-");
            Files.copy(SqliteTemplate.FILE, folder.resolve("liveops.db"));
            return new TempDatabase(kind, "jdbc:sqlite:" + folder.resolve("liveops.db"), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A SQLite store migrated once per test JVM and copied for each test: Flyway then only checks it (tens of
     * milliseconds instead of a hundred and more, over hundreds of tests). DatabaseOpeningTest migrates SQLite from
     * empty; on PostgreSQL every test database is migrated from empty.
     */
    private static final class SqliteTemplate {
        static final Path FILE = migrated();

        private static Path migrated() {
            try {
                Path folder = Files.createTempDirectory("liveops-test-template-");
                folder.toFile().deleteOnExit();
                Path file = folder.resolve("liveops.db");
                Database.open("jdbc:sqlite:" + file).close(); // closing the last connection folds the WAL in
                file.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Database database() {
        return database;
    }

    public StoreKind kind() {
        return kind;
    }

    /** The store's JDBC URL, to open it a second time (another process, a restart). */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        database.close();
        if (kind == StoreKind.POSTGRESQL) {
            PostgresServer.shared().dropDatabase(url);
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
