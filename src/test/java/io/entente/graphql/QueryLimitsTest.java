package io.entente.graphql;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Queries over a cost limit are refused with QUERY_TOO_COMPLEX, naming the limit, before any SQL runs. */
@QuarkusTest
class QueryLimitsTest {

    @Test
    void anAliasBombIsRefused() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            document.append(" a").append(i).append(": blocs { code }");
        }
        JsonPath response = refusedWithoutSql(document.append(" }").toString());
        assertThat(response.getString("errors[0].message"), containsString("number of aliases is 200"));
        assertThat(response.getString("errors[0].message"), containsString("limit of 30 by 170"));
    }

    @Test
    void aTwentyLevelNestIsRefused() {
        StringBuilder document = new StringBuilder("{ country(code: \"FR\") {");
        for (int level = 0; level < 9; level++) {
            document.append(" officials { country {");
        }
        document.append(" name");
        document.append(" } }".repeat(9));
        JsonPath response = refusedWithoutSql(document.append(" } }").toString());
        assertThat(response.getString("errors[0].message"), containsString("depth is 20 levels"));
        assertThat(response.getString("errors[0].message"), containsString("limit of 12"));
    }

    @Test
    void aThousandTimesAThousandRowsIsRefused() {
        JsonPath response = refusedWithoutSql("""
                { countries(first: 1000) { edges { node {
                    meetings(first: 1000) { edges { node { title } } }
                } } } }""");
        assertThat(response.getString("errors[0].message"), containsString("complexity is"));
        assertThat(response.getString("errors[0].message"), containsString("limit of 50000"));
    }

    @Test
    void anOversizedDocumentIsRefused() {
        String padding = "# " + "x".repeat(100) + "\n";
        JsonPath response = refusedWithoutSql(padding.repeat(250) + "{ blocs { code } }");
        assertThat(response.getString("errors[0].message"), containsString("document size is"));
    }

    @Test
    void aDocumentWithTooManyTokensIsRefused() {
        JsonPath response = refusedWithoutSql("{ blocs { " + "id ".repeat(6000) + "} }");
        assertThat(response.getString("errors[0].message"), containsString("number of tokens is"));
    }

    @Test
    void theBenchmarksDeepestShapePassesUnderTheDefaults() {
        JsonPath response = data("""
                { countries(first: 20) { edges { node {
                    name
                    officials(first: 5) {
                      fullName
                      meetings(first: 5) { edges { node { title participants { official { fullName } } } } }
                    }
                } } } }""");
        assertEquals(20, response.getList("data.countries.edges").size());
    }

    @Test
    void introspectionAsGraphiqlSendsItIsNotLimited() {
        JsonPath response = data("""
                { __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind
                  ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } } } }""");
        assertNull(response.get("errors"));
    }

    private static JsonPath refusedWithoutSql(String document) {
        long before = BatchingTest.statementsSoFar();
        JsonPath response = query(document);
        assertEquals(before, BatchingTest.statementsSoFar(), "SQL ran for a refused query");
        assertEquals("QUERY_TOO_COMPLEX", response.getString("errors[0].extensions.code"), () -> response.prettify());
        assertNull(response.get("data"));
        return response;
    }
}
