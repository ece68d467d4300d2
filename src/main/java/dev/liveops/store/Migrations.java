package dev.liveops.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store to the current schema with Flyway, from the SQL files under {@code db/migration}. A store made by
 * LiveOps' earlier home-made runner (a {@code schema_version} table, no Flyway history) is baselined at the version
 * that table records, so Flyway applies only what came after.
 */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final String LEGACY_TABLE = "schema_version";
    private static final String HISTORY_TABLE = "flyway_schema_history";

    private Migrations() {
    }

    static Flyway run(DataSource source, StoreDialect dialect) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(source)
                .locations(dialect.migrationLocations())
                .placeholders(dialect.placeholders())
                .table(HISTORY_TABLE);
        legacyVersion(source).ifPresent(version -> {
            log.info("The store was made by an earlier LiveOps at schema version {}; Flyway takes it from there",
                    version);
            config.baselineOnMigrate(true).baselineVersion(String.valueOf(version))
                    .baselineDescription("schema_version " + version + " of the home-made runner");
        });
        Flyway flyway = config.load();
        refuseNewerStore(flyway);
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Migrated the store to schema version {} ({} migration(s))", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return flyway;
    }

    /** An older LiveOps must not write to a schema it does not know (a replica not yet upgraded, a rollback). */
    private static void refuseNewerStore(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newest = Arrays.stream(all)
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS).reduce((first, second) -> second);
        if (newest.isPresent()) {
            String known = Arrays.stream(all).filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS)
                    .reduce((first, second) -> second).map(info -> info.getVersion().toString()).orElse("none");
            throw new IllegalStateException("The store is at schema version " + newest.get().getVersion()
                    + ", newer than this LiveOps knows (" + known + "); run a newer LiveOps or point store.url"
                    + " elsewhere.");
        }
    }

    /** The version the home-made runner recorded, if this store was made by it and Flyway has not run yet. */
    private static Optional<Integer> legacyVersion(DataSource source) {
        try (Connection connection = source.getConnection()) {
            if (!hasTable(connection, LEGACY_TABLE) || hasTable(connection, HISTORY_TABLE)) {
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("SELECT MAX(version) FROM " + LEGACY_TABLE)) {
                int version = max.next() ? max.getInt(1) : 0;
                return version > 0 ? Optional.of(version) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The store's schema version cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
