package io.entente.country;

import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writing countries, and through them the rules every mutation follows: roles, validation, versions. */
@QuarkusTest
class CountryMutationsTest {

    static final String CREATE = """
            mutation ($input: CountryInput!) {
              createCountry(input: $input) { id alpha2 alpha3 name region version createdBy updatedBy createdAt updatedAt }
            }
            """;
    static final String UPDATE = """
            mutation ($id: ID!, $version: Int!, $input: CountryInput!) {
              updateCountry(id: $id, version: $version, input: $input) { id name version updatedBy }
            }
            """;
    static final String DELETE = "mutation ($id: ID!, $version: Int!) { deleteCountry(id: $id, version: $version) }";
    static final String READ = "query ($code: String!) { country(code: $code) { id name version } }";

    /** Other tests count the 249 countries of the sample data. */
    @AfterEach
    void removeTestCountries() {
        new Fixtures().run("delete from country where name like 'Testland %' or name like 'Race %'");
    }

    static Map<String, Object> country(String alpha2, String alpha3, String name) {
        return Map.of("alpha2", alpha2, "alpha3", alpha3, "name", name, "region", "EUROPE");
    }

    @Test
    void anEditorCreatesACountryAndTheRecordSaysWhoAndWhen() {
        JsonPath created = dataAs(TestTokens.editor("ana"), CREATE, "input", country("xa", "xaa", "Testland A"));
        assertEquals("XA", created.getString("data.createCountry.alpha2"));
        assertEquals("XAA", created.getString("data.createCountry.alpha3"));
        assertEquals(1, created.getInt("data.createCountry.version"));
        assertEquals("ana", created.getString("data.createCountry.createdBy"));
        assertEquals("ana", created.getString("data.createCountry.updatedBy"));
        assertNotNull(created.getString("data.createCountry.createdAt"));
        assertEquals("Testland A", query(READ, "code", "XAA").getString("data.country.name"));
    }

    @Test
    void withoutATokenNothingIsWritten() {
        JsonPath answer = query(CREATE, "input", country("XB", "XBB", "Testland B"));
        assertEquals("UNAUTHENTICATED", answer.getString("errors[0].extensions.code"));
        assertEquals("NOT_FOUND", query(READ, "code", "XB").getString("errors[0].extensions.code"));
    }

    @Test
    void badTokensAreUnauthenticatedAndMissingRolesForbidden() {
        Map<String, Object> input = country("XC", "XCC", "Testland C");
        assertEquals("UNAUTHENTICATED", queryAs(TestTokens.expired(), CREATE, "input", input).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", queryAs(TestTokens.forged(), CREATE, "input", input).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", queryAs("not.a.jwt", CREATE, "input", input).getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", queryAs(TestTokens.reader(), CREATE, "input", input).getString("errors[0].extensions.code"));
        assertEquals("NOT_FOUND", query(READ, "code", "XC").getString("errors[0].extensions.code"));
    }

    @Test
    void readsStayPublicAndIgnoreNoToken() {
        assertEquals("France", query(READ, "code", "FR").getString("data.country.name"));
    }

    @Test
    void invalidFieldsAreNamedByTheirPath() {
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", country("X1", "XDD", "Testland D"));
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertEquals("input.alpha2", answer.getString("errors[0].extensions.field"));
        assertThat(answer.getString("errors[0].message"), containsString("input.alpha2"));

        JsonPath tooLong = queryAs(TestTokens.editor(), CREATE, "input", country("XD", "XDD", "T".repeat(201)));
        assertEquals("input.name", tooLong.getString("errors[0].extensions.field"));
        assertEquals("NOT_FOUND", query(READ, "code", "XD").getString("errors[0].extensions.code"));
    }

    @Test
    void aTakenCodeIsAConflict() {
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", country("FR", "XEE", "Not France"));
        assertEquals("CONFLICT", answer.getString("errors[0].extensions.code"));
        assertThat(answer.getString("errors[0].message"), containsString("alpha2 FR"));
    }

    @Test
    void anUpdateWithAStaleVersionChangesNothing() {
        String id = dataAs(TestTokens.editor(), CREATE, "input", country("XF", "XFF", "Testland F"))
                .getString("data.createCountry.id");
        JsonPath updated = dataAs(TestTokens.editor("bo"), UPDATE, "id", id, "version", 1, "input", country("XF", "XFF", "Testland F2"));
        assertEquals(2, updated.getInt("data.updateCountry.version"));
        assertEquals("bo", updated.getString("data.updateCountry.updatedBy"));

        JsonPath stale = queryAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", country("XF", "XFF", "Testland F3"));
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals("Testland F2", query(READ, "code", "XF").getString("data.country.name"));
    }

    @Test
    void twoConcurrentWritersWithTheSameVersionNeverLoseAnUpdate() {
        for (int i = 0; i < 5; i++) {
            int round = i;
            String alpha2 = "X" + (char) ('G' + round);
            String alpha3 = alpha2 + "G";
            String id = dataAs(TestTokens.editor(), CREATE, "input", country(alpha2, alpha3, "Race " + round))
                    .getString("data.createCountry.id");
            var first = CompletableFuture.supplyAsync(() -> queryAs(TestTokens.editor("w1"), UPDATE, "id", id, "version", 1,
                    "input", country(alpha2, alpha3, "Race " + round + " by w1")));
            var second = CompletableFuture.supplyAsync(() -> queryAs(TestTokens.editor("w2"), UPDATE, "id", id, "version", 1,
                    "input", country(alpha2, alpha3, "Race " + round + " by w2")));
            List<JsonPath> answers = List.of(first.join(), second.join());
            List<String> outcomes = answers.stream()
                    .map(a -> a.get("errors") == null ? "OK" : a.getString("errors[0].extensions.code")).toList();
            assertThat(outcomes, containsInAnyOrder("OK", "CONFLICT"));
            JsonPath winner = answers.stream().filter(a -> a.get("errors") == null).findFirst().orElseThrow();
            JsonPath now = query(READ, "code", alpha2);
            assertEquals(2, now.getInt("data.country.version"));
            assertEquals(winner.getString("data.updateCountry.name"), now.getString("data.country.name"));
        }
    }

    @Test
    void deletingNeedsAdminAndTheCurrentVersion() {
        String id = dataAs(TestTokens.editor(), CREATE, "input", country("XP", "XPP", "Testland P"))
                .getString("data.createCountry.id");
        assertEquals("FORBIDDEN", queryAs(TestTokens.editor(), DELETE, "id", id, "version", 1).getString("errors[0].extensions.code"));
        assertEquals("CONFLICT", queryAs(TestTokens.admin(), DELETE, "id", id, "version", 7).getString("errors[0].extensions.code"));
        assertEquals(id, dataAs(TestTokens.admin(), DELETE, "id", id, "version", 1).getString("data.deleteCountry"));
        assertEquals("NOT_FOUND", query(READ, "code", "XP").getString("errors[0].extensions.code"));
        assertEquals("NOT_FOUND", queryAs(TestTokens.admin(), DELETE, "id", id, "version", 1).getString("errors[0].extensions.code"));
    }

    @Test
    void aCountryStillReferencedCannotBeDeleted() {
        JsonPath france = query(READ, "code", "FR");
        JsonPath answer = queryAs(TestTokens.admin(), DELETE, "id", france.getString("data.country.id"),
                "version", france.getInt("data.country.version"));
        assertEquals("CONFLICT", answer.getString("errors[0].extensions.code"));
        assertThat(answer.getString("errors[0].message"), containsString("still referenced"));
        assertNull(query(READ, "code", "FR").get("errors"));
    }
}
