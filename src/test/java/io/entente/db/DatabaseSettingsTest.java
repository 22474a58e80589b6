package io.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Operators give one URL; Flyway's JDBC URL follows from it, without the credentials. */
class DatabaseSettingsTest {

    @Test
    void theJdbcUrlIsDerivedFromTheReactiveUrl() {
        assertEquals("jdbc:postgresql://db:5432/entente", EmbeddedDatabaseConfigSourceFactory.jdbcUrlOf("postgresql://db:5432/entente"));
        assertEquals("jdbc:postgresql://db:5432/entente?sslmode=require",
                EmbeddedDatabaseConfigSourceFactory.jdbcUrlOf("postgres://user:secret@db:5432/entente?sslmode=require"));
    }

    @Test
    void logLinesNeverShowDatabaseCredentials() {
        assertEquals("postgresql://db.example:5432/entente",
                DatabaseInUse.withoutCredentials("postgresql://entente:secret@db.example:5432/entente"));
        assertEquals("postgresql://localhost:5432/entente", DatabaseInUse.withoutCredentials("postgresql://localhost:5432/entente"));
    }
}
