package dev.liveops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SQLite migrations shipped on the classpath, so schema tests follow each new migration instead of naming a
 * number that every branch adding one would change.
 */
public final class MigrationFiles {
    private MigrationFiles() {
    }

    /** The highest major version, as Flyway reports it ("9" for V9__x.sql, whatever V1_1 files exist). */
    public static String latestVersion() {
        return String.valueOf(sqliteFiles().stream()
                .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")).split("_")[0]))
                .max().orElseThrow());
    }

    /** How many migrations a fresh SQLite store applies. */
    public static int sqliteCount() {
        return sqliteFiles().size();
    }

    private static List<String> sqliteFiles() {
        return Stream.of("db/migration/common", "db/migration/sqlite")
                .flatMap(MigrationFiles::names)
                .filter(name -> name.startsWith("V") && name.endsWith(".sql"))
                .toList();
    }

    private static Stream<String> names(String folder) {
        URL url = MigrationFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(path -> path.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
