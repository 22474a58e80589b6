package io.entente.bloc;

import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writing blocs and memberships: codes, periods that do not overlap, deletion with the history. */
@QuarkusTest
class BlocMutationsTest {

    static final String CREATE = """
            mutation ($input: BlocInput!) { createBloc(input: $input) { id code name version } }
            """;
    static final String JOIN = """
            mutation ($input: BlocMembershipInput!) {
              createBlocMembership(input: $input) { id since until version country { alpha2 } bloc { code } }
            }
            """;
    static final String UPDATE_MEMBERSHIP = """
            mutation ($id: ID!, $version: Int!, $input: BlocMembershipInput!) {
              updateBlocMembership(id: $id, version: $version, input: $input) { until version }
            }
            """;
    static final String MEMBERS = "query ($code: String!, $on: Date) { bloc(code: $code) { members(activeOn: $on) { alpha2 } } }";

    @AfterEach
    void removeTestBlocs() {
        new Fixtures().run("delete from bloc_membership where bloc_id in (select id from bloc where code like 'TST%');"
                + " delete from bloc where code like 'TST%'");
    }

    static Map<String, Object> membership(String bloc, String country, String since, String until) {
        Map<String, Object> input = new HashMap<>();
        input.put("blocCode", bloc);
        input.put("countryCode", country);
        input.put("since", since);
        input.put("until", until);
        return input;
    }

    @Test
    void aBlocGainsAndLosesMembers() {
        JsonPath bloc = dataAs(TestTokens.editor(), CREATE, "input", Map.of("code", "tst-pacific", "name", "Test Pacific Forum"));
        assertEquals("TST-PACIFIC", bloc.getString("data.createBloc.code"));
        JsonPath joined = dataAs(TestTokens.editor(), JOIN, "input", membership("TST-PACIFIC", "KI", "2000-01-01", null));
        assertEquals("KI", joined.getString("data.createBlocMembership.country.alpha2"));
        assertEquals("TST-PACIFIC", joined.getString("data.createBlocMembership.bloc.code"));
        assertEquals(List.of("KI"), query(MEMBERS, "code", "TST-PACIFIC", "on", "2010-01-01").getList("data.bloc.members.alpha2"));

        String id = joined.getString("data.createBlocMembership.id");
        dataAs(TestTokens.editor(), UPDATE_MEMBERSHIP, "id", id, "version", 1, "input",
                membership("TST-PACIFIC", "KI", "2000-01-01", "2005-01-01"));
        assertEquals(List.of(), query(MEMBERS, "code", "TST-PACIFIC", "on", "2010-01-01").getList("data.bloc.members"));
        JsonPath node = query("query ($id: ID!) { node(id: $id) { ... on BlocMembership { until version } } }", "id", id);
        assertEquals("2005-01-01", node.getString("data.node.until"));
        assertEquals(2, node.getInt("data.node.version"));
    }

    @Test
    void membershipsOfOneCountryInOneBlocDoNotOverlap() {
        dataAs(TestTokens.editor(), CREATE, "input", Map.of("code", "TST-OVERLAP", "name", "Test Overlap"));
        dataAs(TestTokens.editor(), JOIN, "input", membership("TST-OVERLAP", "PW", "2000-01-01", "2010-01-01"));
        JsonPath overlapping = queryAs(TestTokens.editor(), JOIN, "input", membership("TST-OVERLAP", "PW", "2009-01-01", null));
        assertEquals("BAD_USER_INPUT", overlapping.getString("errors[0].extensions.code"));
        assertEquals("input.since", overlapping.getString("errors[0].extensions.field"));
        assertThat(overlapping.getString("errors[0].message"), containsString("2000-01-01 to 2010-01-01"));
        dataAs(TestTokens.editor(), JOIN, "input", membership("TST-OVERLAP", "PW", "2010-01-01", null));

        JsonPath backwards = queryAs(TestTokens.editor(), JOIN, "input", membership("TST-OVERLAP", "MH", "2010-01-01", "2001-01-01"));
        assertEquals("input.until", backwards.getString("errors[0].extensions.field"));
        JsonPath unknown = queryAs(TestTokens.editor(), JOIN, "input", membership("TST-NONE", "MH", "2010-01-01", null));
        assertEquals("input.blocCode", unknown.getString("errors[0].extensions.field"));
    }

    @Test
    void deletingABlocTakesItsMembershipHistory() {
        String id = dataAs(TestTokens.editor(), CREATE, "input", Map.of("code", "TST-GONE", "name", "Test Gone"))
                .getString("data.createBloc.id");
        dataAs(TestTokens.editor(), JOIN, "input", membership("TST-GONE", "FM", "2000-01-01", null));
        String delete = "mutation ($id: ID!, $version: Int!) { deleteBloc(id: $id, version: $version) }";
        dataAs(TestTokens.admin(), delete, "id", id, "version", 1);
        assertEquals("NOT_FOUND", query(MEMBERS, "code", "TST-GONE", "on", null).getString("errors[0].extensions.code"));
        assertEquals(0, new Fixtures().count("select count(*) from bloc_membership where bloc_id not in (select id from bloc)"));
    }

    @Test
    void aBlocThatIssuesSanctionsCannotBeDeleted() {
        JsonPath eu = query("{ bloc(code: \"EU\") { id version } }");
        JsonPath refused = queryAs(TestTokens.admin(), "mutation ($id: ID!, $version: Int!) { deleteBloc(id: $id, version: $version) }",
                "id", eu.getString("data.bloc.id"), "version", eu.getInt("data.bloc.version"));
        assertEquals("CONFLICT", refused.getString("errors[0].extensions.code"));
        assertEquals(28, query(MEMBERS, "code", "EU", "on", "2019-09-09").getList("data.bloc.members").size());
    }
}
