package io.entente.official;

import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writing officials and their positions: one holder per single-holder office, no overlapping terms. */
@QuarkusTest
class OfficialMutationsTest {

    static final String CREATE = """
            mutation ($input: OfficialInput!) {
              createOfficial(input: $input) {
                id fullName aliases version createdBy
                country { alpha2 }
                positions { id title kind startDate endDate version }
              }
            }
            """;
    static final String UPDATE = """
            mutation ($id: ID!, $version: Int!, $input: OfficialInput!) {
              updateOfficial(id: $id, version: $version, input: $input) { fullName version positions { title } }
            }
            """;
    static final String CREATE_POSITION = """
            mutation ($officialId: ID!, $input: PositionInput!) {
              createPosition(officialId: $officialId, input: $input) { id title version official { fullName } }
            }
            """;
    static final String UPDATE_POSITION = """
            mutation ($id: ID!, $version: Int!, $input: PositionInput!) {
              updatePosition(id: $id, version: $version, input: $input) { endDate version }
            }
            """;
    static final String DELETE = "mutation ($id: ID!, $version: Int!) { deleteOfficial(id: $id, version: $version) }";
    static final String READ = "query ($id: ID!) { official(id: $id) { fullName positions { title } } }";

    @AfterEach
    void removeTestOfficials() {
        new Fixtures().run("delete from meeting where title like 'Official test %';"
                + " delete from position where official_id in (select id from official where full_name like 'Mutant %');"
                + " delete from official where full_name like 'Mutant %'");
    }

    static Map<String, Object> official(String name, String country, Map<?, ?>... positions) {
        Map<String, Object> input = new HashMap<>();
        input.put("fullName", name);
        input.put("countryCode", country);
        input.put("aliases", List.of(name.toUpperCase()));
        input.put("positions", List.of(positions));
        return input;
    }

    static Map<String, Object> position(String title, String kind, String start, String end) {
        Map<String, Object> position = new HashMap<>();
        position.put("title", title);
        position.put("kind", kind);
        position.put("startDate", start);
        position.put("endDate", end);
        return position;
    }

    @Test
    void anOfficialIsCreatedWithPositions() {
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", official("Mutant One", "ki",
                position("Ambassador to Fiji", "AMBASSADOR", "2001-01-01", "2004-01-01"),
                position("Foreign Minister", "FOREIGN_MINISTER", "2004-01-01", null)));
        assertEquals("KI", created.getString("data.createOfficial.country.alpha2"));
        assertEquals(List.of("MUTANT ONE"), created.getList("data.createOfficial.aliases"));
        assertEquals(List.of("Ambassador to Fiji", "Foreign Minister"), created.getList("data.createOfficial.positions.title"));
        assertEquals("test-editor", created.getString("data.createOfficial.createdBy"));
    }

    @Test
    void twoHoldersOfTheSameSingleHolderOfficeCannotOverlap() {
        dataAs(TestTokens.editor(), CREATE, "input", official("Mutant Two", "KI",
                position("Head of State", "HEAD_OF_STATE", "2010-01-01", "2016-01-01")));
        JsonPath rival = queryAs(TestTokens.editor(), CREATE, "input", official("Mutant Three", "KI",
                position("Acting Head of State", "HEAD_OF_STATE", "2015-06-01", null)));
        assertEquals("BAD_USER_INPUT", rival.getString("errors[0].extensions.code"));
        assertEquals("input.positions[0].startDate", rival.getString("errors[0].extensions.field"));
        assertThat(rival.getString("errors[0].message"), containsString("Mutant Two"));
        // atomic: the official whose position failed was not created either
        assertEquals(0, query("{ officials(filter: {nameContains: \"Mutant Three\"}) { totalCount } }")
                .getInt("data.officials.totalCount"));
        // the next term, starting the day the first one ends (ranges are half-open), is fine
        dataAs(TestTokens.editor(), CREATE, "input", official("Mutant Three", "KI",
                position("Head of State", "HEAD_OF_STATE", "2016-01-01", null)));
    }

    @Test
    void termsOfOneInputAreCheckedAgainstEachOtherAndForDateOrder() {
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", official("Mutant Four", "KI",
                position("Envoy", "OTHER", "2001-01-01", "2005-01-01"),
                position("envoy", "OTHER", "2004-01-01", null),
                position("Minister", "MINISTER", "2004-01-01", "2003-01-01")));
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        String message = answer.getString("errors[0].message");
        assertThat(message, containsString("input.positions[1].startDate: overlaps positions[0]"));
        assertThat(message, containsString("input.positions[2].endDate: must be after startDate"));
    }

    @Test
    void unknownCountryIsNamed() {
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", official("Mutant Five", "QQ"));
        assertEquals("input.countryCode", answer.getString("errors[0].extensions.field"));
    }

    @Test
    void updateReplacesPositionsWhenGivenAndKeepsThemWhenNull() {
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", official("Mutant Six", "PW",
                position("Senator", "LEGISLATOR", "2001-01-01", null)));
        String id = created.getString("data.createOfficial.id");
        Map<String, Object> renamed = official("Mutant Six Renamed", "PW");
        renamed.put("positions", null);
        JsonPath kept = dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", renamed);
        assertEquals(List.of("Senator"), kept.getList("data.updateOfficial.positions.title"));
        assertEquals(2, kept.getInt("data.updateOfficial.version"));
        JsonPath replaced = dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 2, "input",
                official("Mutant Six Renamed", "PW", position("President", "HEAD_OF_STATE", "2009-01-01", null)));
        assertEquals(List.of("President"), replaced.getList("data.updateOfficial.positions.title"));
    }

    @Test
    void positionsHaveTheirOwnMutations() {
        String officialId = dataAs(TestTokens.editor(), CREATE, "input", official("Mutant Seven", "MH"))
                .getString("data.createOfficial.id");
        JsonPath created = dataAs(TestTokens.editor(), CREATE_POSITION, "officialId", officialId, "input",
                position("Defence Minister", "DEFENCE_MINISTER", "2012-01-01", null));
        assertEquals("Mutant Seven", created.getString("data.createPosition.official.fullName"));
        String positionId = created.getString("data.createPosition.id");
        JsonPath ended = dataAs(TestTokens.editor(), UPDATE_POSITION, "id", positionId, "version", 1, "input",
                position("Defence Minister", "DEFENCE_MINISTER", "2012-01-01", "2014-05-01"));
        assertEquals("2014-05-01", ended.getString("data.updatePosition.endDate"));
        assertEquals("CONFLICT", queryAs(TestTokens.editor(), UPDATE_POSITION, "id", positionId, "version", 1, "input",
                position("Defence Minister", "DEFENCE_MINISTER", "2012-01-01", null)).getString("errors[0].extensions.code"));
        JsonPath unknownOfficial = queryAs(TestTokens.editor(), CREATE_POSITION, "officialId",
                officialId.substring(0, officialId.length() - 2) + "zz", "input", position("X", "OTHER", "2012-01-01", null));
        assertEquals("BAD_USER_INPUT", unknownOfficial.getString("errors[0].extensions.code"));
    }

    @Test
    void officialsInOfficeFollowEveryChangeToTheirPositions() {
        String id = dataAs(TestTokens.editor(), CREATE, "input", official("Mutant Nine", "KI"))
                .getString("data.createOfficial.id");
        assertEquals(List.of(false, false), inOfficeOn("2015-06-01", "2011-06-01"));

        String positionId = dataAs(TestTokens.editor(), CREATE_POSITION, "officialId", id, "input",
                position("Speaker", "LEGISLATOR", "2012-01-01", null)).getString("data.createPosition.id");
        assertEquals(List.of(true, false), inOfficeOn("2015-06-01", "2011-06-01"));

        dataAs(TestTokens.editor(), UPDATE_POSITION, "id", positionId, "version", 1, "input",
                position("Speaker", "LEGISLATOR", "2012-01-01", "2014-05-01"));
        assertEquals(List.of(false, true), inOfficeOn("2015-06-01", "2013-01-01"));

        dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input",
                official("Mutant Nine", "KI", position("President", "HEAD_OF_STATE", "2016-01-01", null)));
        assertEquals(List.of(false, true), inOfficeOn("2013-01-01", "2017-01-01"));

        dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 2, "input", official("Mutant Nine", "KI"));
        assertEquals(List.of(false, false), inOfficeOn("2013-01-01", "2017-01-01"));
    }

    /** Whether Mutant Nine is among Kiribati's officials in office on each day, as both lists give it. */
    private static List<Boolean> inOfficeOn(String... days) {
        List<Boolean> answers = new ArrayList<>();
        for (String day : days) {
            JsonPath json = query("""
                    query ($day: Date) {
                      country(code: "KI") { officials(activeOn: $day, first: 100) { fullName } }
                      officials(first: 100, filter: { countryCode: "KI", activeOn: $day }) { edges { node { fullName } } }
                    }
                    """, "day", day);
            boolean inCountry = json.getList("data.country.officials.fullName").contains("Mutant Nine");
            boolean inList = json.getList("data.officials.edges.node.fullName").contains("Mutant Nine");
            assertEquals(inCountry, inList, "both lists on " + day);
            answers.add(inCountry);
        }
        return answers;
    }

    @Test
    void anOfficialWhoTookPartInAMeetingCannotBeDeleted() {
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", official("Mutant Eight", "FM",
                position("Senator", "LEGISLATOR", "2001-01-01", null)));
        String id = created.getString("data.createOfficial.id");
        dataAs(TestTokens.editor(), """
                mutation ($input: MeetingInput!) { createMeeting(input: $input) { id } }
                """, "input", Map.of("title", "Official test meeting", "startDate", "2020-01-01", "format", "BILATERAL",
                "participants", List.of(Map.of("officialId", id, "role", "GUEST"))));
        JsonPath refused = queryAs(TestTokens.admin(), DELETE, "id", id, "version", 1);
        assertEquals("CONFLICT", refused.getString("errors[0].extensions.code"));
        assertEquals(List.of("Senator"), query(READ, "id", id).getList("data.official.positions.title"));

        new Fixtures().run("delete from meeting where title = 'Official test meeting'");
        assertEquals(id, dataAs(TestTokens.admin(), DELETE, "id", id, "version", 1).getString("data.deleteOfficial"));
        assertNull(query(READ, "id", id).get("data.official"));
    }
}
