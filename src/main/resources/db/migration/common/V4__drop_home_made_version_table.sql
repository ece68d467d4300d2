-- Flyway keeps the version now; a store made before it was baselined from this table (see store/Migrations).
DROP TABLE IF EXISTS schema_version;
