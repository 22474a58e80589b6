package io.entente.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and their probes rely on: health, metrics and request ids. */
@QuarkusTest
class OperationsTest {

    @Test
    void theStartupProbeReportsTheMigratedSchema() {
        given().when().get("/q/health/started").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database migrations' }.data.version", equalTo(latestMigration()));
    }

    /** The version of the newest migration in the source tree, e.g. "3" for V3__import_records.sql. */
    static String latestMigration() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessDoesNot() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Reactive PostgreSQL connections health check"));
        given().when().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(org.hamcrest.Matchers.hasItem("Reactive PostgreSQL connections health check")));
    }

    @Test
    void metricsCountErrorsByCodeAndSqlStatementsAndTimeOperations() {
        given().contentType("application/json").body("{\"query\":\"{ country(code: \\\"ZZ\\\") { name } }\"}")
                .when().post("/graphql").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("entente_graphql_errors_total{code=\"NOT_FOUND\"}"))
                .body(containsString("entente_sql_statements_total"))
                .body(containsString("entente_graphql_operation_seconds_count{fields=\"country\",outcome=\"error\",type=\"query\"}"))
                .body(containsString("sql_pool_active"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void aRequestKeepsTheCallersIdOrGetsOne() {
        given().header("X-Request-Id", "trace-me-42").queryParam("query", "{ blocs { code } }")
                .when().get("/graphql").then().statusCode(200).header("X-Request-Id", "trace-me-42");
        given().header("X-Request-Id", "not a token; drop table").queryParam("query", "{ blocs { code } }")
                .when().get("/graphql").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
