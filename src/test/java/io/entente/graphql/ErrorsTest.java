package io.entente.graphql;

import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.text.MatchesPattern.matchesPattern;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bad input answers a GraphQL error with a code and a message that names the problem, never internals. */
@QuarkusTest
class ErrorsTest {

    @Test
    void aMalformedDateLiteralIsBadUserInputNamingTheValue() {
        JsonPath response = query("""
                { bloc(code: "EU") { members(activeOn: "2019-13-09") { alpha2 } } }""");
        assertCode(response, "BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message"), containsString("2019-13-09"));
    }

    @Test
    void aMalformedDateVariableIsBadUserInput() {
        JsonPath response = query("""
                query($day: Date) { officials(filter: { activeOn: $day }) { totalCount } }""", "day", "yesterday");
        assertCode(response, "BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message"), containsString("yesterday"));
    }

    @Test
    void anUnknownFieldIsAStandardValidationError() {
        JsonPath response = query("{ country(code: \"FR\") { capital } }");
        assertCode(response, "BAD_USER_INPUT");
        assertEquals("ValidationError", response.getString("errors[0].extensions.classification"));
        assertThat(response.getString("errors[0].message"), containsString("capital"));
        assertNull(response.get("data"));
    }

    @Test
    void anArgumentOfTheWrongTypeIsBadUserInput() {
        JsonPath response = query("""
                query($first: Int) { countries(first: $first) { totalCount } }""", "first", "ten");
        assertCode(response, "BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message"), containsString("first"));
        assertEquals(1, response.getList("errors").size());
    }

    @Test
    void aSyntaxErrorAnswersAnErrorAndNoData() {
        JsonPath response = query("{ country(code: \"FR\" { name } }");
        assertEquals(1, response.getList("errors").size());
        assertNull(response.get("data"));
    }

    @Test
    void negativeAndOversizedPageSizesAreRefusedWithTheLimit() {
        JsonPath negative = query("{ meetings(first: -1) { totalCount } }");
        assertCode(negative, "BAD_USER_INPUT");
        assertThat(negative.getString("errors[0].message"), containsString("negative"));
        JsonPath oversized = query("{ meetings(first: 1000) { totalCount } }");
        assertCode(oversized, "BAD_USER_INPUT");
        assertThat(oversized.getString("errors[0].message"), containsString("at most 100"));
    }

    @Test
    void aMalformedCursorIsBadUserInput() {
        JsonPath response = query("{ countries(after: \"not-a-cursor\") { totalCount } }");
        assertCode(response, "BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message"), containsString("not-a-cursor"));
    }

    @Test
    void aBatchedFieldAskedWithTwoDifferentArgumentsIsRefusedBeforeAnyData() {
        JsonPath response = query("""
                { bloc(code: "EU") {
                    then: members(activeOn: "2019-09-09") { alpha2 }
                    now: members { alpha2 }
                } }""");
        assertCode(response, "BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message"), containsString("Bloc.members"));
        assertNull(response.get("data"));
    }

    @Test
    void aBatchedFieldAskedTwiceWithTheSameArgumentsIsFine() {
        JsonPath response = query("""
                { bloc(code: "EU") {
                    a: members(activeOn: "2019-09-09") { alpha2 }
                    b: members(activeOn: "2019-09-09") { name }
                } }""");
        assertNull(response.get("errors"));
        assertEquals(28, response.getList("data.bloc.a").size());
        assertEquals(28, response.getList("data.bloc.b").size());
    }

    @Test
    void errorsNeverCarryClassNamesStackTracesOrSql() {
        String[] bad = {
            "{ country(code: \"F1\") { name } }",
            "{ node(id: \"%%%\") { id } }",
            "{ bloc(code: \"EU\") { members(activeOn: \"2019-02-30\") { alpha2 } } }",
            "{ meetings(filter: { from: \"2020-01-01\", to: \"2019-01-01\" }) { totalCount } }",
            "{ search(text: \"\") { __typename } }",
            "{ countries(after: \"Tk9QRXwxfDI\") { totalCount } }",
        };
        for (String document : bad) {
            JsonPath response = query(document);
            String message = response.getString("errors[0].message");
            assertThat(document, message, not(matchesPattern("(?s).*(Exception|java\\.|io\\.entente|\\bat [a-z]+\\.|select |SQL).*")));
            assertThat(document, response.getString("errors[0].extensions.code"), matchesPattern("BAD_USER_INPUT|NOT_FOUND"));
        }
    }

    static void assertCode(JsonPath response, String code) {
        assertEquals(code, response.getString("errors[0].extensions.code"), () -> "errors: " + response.get("errors"));
    }

    @Test
    void aMalformedDateInsideAFilterNamesTheArgumentAndTheValueButNoClass() {
        JsonPath response = query("""
                { officials(filter: { activeOn: "2019-13-01" }) { totalCount } }""");
        assertCode(response, "BAD_USER_INPUT");
        String message = response.getString("errors[0].message");
        assertThat(message, containsString("filter"));
        assertThat(message, containsString("2019-13-01"));
        assertThat(message, not(containsString("io.entente")));
    }

    @Test
    void aLimitRefusedInsideANestedFieldKeepsItsCode() {
        JsonPath response = query("""
                { country(code: "UA") { officials(first: 101) { fullName } } }""");
        assertCode(response, "BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message"), containsString("at most 100"));
    }
}
