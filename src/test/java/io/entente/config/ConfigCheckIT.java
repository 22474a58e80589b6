package io.entente.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The packaged application refuses to start with settings out of range, naming each variable. */
class ConfigCheckIT {

    @Test
    void settingsOutOfRangeStopStartUpNamingTheirVariables() throws IOException, InterruptedException {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("MP_JWT") || name.startsWith("ENTENTE_") || name.startsWith("QUARKUS_"));
            environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + database.getPort() + "/postgres");
            environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            environment.put("QUARKUS_HTTP_PORT", "0");
            environment.put("ENTENTE_WRITES_ENABLED", "false"); // no key needed: only the settings can stop it
            environment.put("ENTENTE_PAGE_MAX_SIZE", "0");
            environment.put("ENTENTE_LIVE_BUFFER_SIZE", "0");
            Process process = builder.start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the application should stop by itself");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertNotEquals(0, process.exitValue(), output);
            assertThat(output, containsString("Invalid settings: ENTENTE_PAGE_MAX_SIZE must be at least 1 (was 0);"
                    + " ENTENTE_PAGE_DEFAULT_SIZE must be at most ENTENTE_PAGE_MAX_SIZE (0) (was 20);"
                    + " ENTENTE_LIVE_BUFFER_SIZE must be at least 1 (was 0)."));
        }
    }
}
