package io.entente.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and their probes rely on: health, metrics and request ids. */
@QuarkusTest
class OperationsTest {

    @Test
    void theStartupProbeReportsTheMigratedSchema() {
        given().when().get("/q/health/started").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database migrations' }.data.version", equalTo("1"));
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
