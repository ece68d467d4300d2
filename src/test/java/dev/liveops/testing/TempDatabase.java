package dev.liveops.testing;

import dev.liveops.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The real SQLite store in a folder of its own, deleted on close. */
final class TempDatabase implements AutoCloseable {
    private final Path folder;
    private final Database database;

    private TempDatabase(Path folder) {
        this.folder = folder;
        this.database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"));
    }

    static TempDatabase create() {
        try {
            return new TempDatabase(Files.createTempDirectory("liveops-test-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
