package io.entente.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Starts Entente. Its only addition to Quarkus's own main is the message when start-up fails for want of
 * configuration: one line, and for a missing database one that names every setting to provide.
 */
@QuarkusMain
public class Main {

    static final String NO_DATABASE = "Entente cannot start: no database is configured. Set QUARKUS_DATASOURCE_REACTIVE_URL"
            + " (postgresql://host:5432/db), QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql://host:5432/db),"
            + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.";

    public static void main(String... args) {
        Quarkus.run(null, (exitCode, failure) -> {
            if (failure != null) {
                System.err.println(describe(failure));
            }
            System.exit(exitCode);
        }, args);
    }

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationException configuration) {
                String message = String.valueOf(configuration.getMessage());
                return message.contains("quarkus.datasource.reactive.url") || message.contains("quarkus.datasource.jdbc.url")
                        ? NO_DATABASE
                        : "Entente cannot start: " + message;
            }
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        return "Entente cannot start: " + trace;
    }
}
