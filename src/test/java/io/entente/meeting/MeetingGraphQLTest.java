package io.entente.meeting;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.entente.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Meetings of the seed article and around it: lookups, filters, ordering, paging and nested meeting fields. */
@QuarkusTest
class MeetingGraphQLTest {

    private static final String TWO_PLUS_TWO = "French-Russian \"2+2\" talks in Moscow";
    private static final String BREGANCON = "Macron hosts Putin at the Fort de Brégançon";
    private static final String MINSK = "Normandy-format summit in Minsk";
    private static final String ARTICLE =
            "https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia";

    private static final String MEETINGS = """
            query($filter: MeetingFilter, $orderBy: MeetingOrder, $first: Int, $after: String) {
              meetings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                edges { cursor node { id title startDate } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    private static final String MEETING_DETAILS = """
            query($filter: MeetingFilter) {
              meetings(filter: $filter) {
                totalCount
                edges {
                  node {
                    id title startDate endDate city format
                    hostCountry { alpha2 name }
                    countries { alpha2 name }
                    participants {
                      role
                      official { fullName }
                      delegationCountry { alpha2 }
                      meeting { title }
                    }
                    sources { url }
                  }
                }
              }
            }
            """;

    private static final String MEETING_BY_ID = """
            query($id: ID!) {
              meeting(id: $id) { id title startDate city hostCountry { alpha2 } }
            }
            """;

    private static final String OFFICIAL_ID = """
            query($name: String) {
              officials(filter: { nameContains: $name }) { edges { node { id fullName } } }
            }
            """;

    @Test
    void twoPlusTwoInMoscowHadBothForeignAndDefenceMinistersOfEachSide() {
        JsonPath response = data(MEETING_DETAILS,
                "filter", Map.of("countryCodes", List.of("FR", "RU"), "format", "TWO_PLUS_TWO"));

        assertEquals(1, response.getInt("data.meetings.totalCount"));
        String meeting = "data.meetings.edges[0].node";
        assertEquals(TWO_PLUS_TWO, response.getString(meeting + ".title"));
        assertEquals("2019-09-09", response.getString(meeting + ".startDate"));
        assertEquals("2019-09-09", response.getString(meeting + ".endDate"));
        assertEquals("Moscow", response.getString(meeting + ".city"));
        assertEquals("TWO_PLUS_TWO", response.getString(meeting + ".format"));
        assertEquals("RU", response.getString(meeting + ".hostCountry.alpha2"));
        assertEquals("Russia", response.getString(meeting + ".hostCountry.name"));
        assertEquals(List.of("FR", "RU"), response.getList(meeting + ".countries.alpha2"));
        assertEquals(List.of("France", "Russia"), response.getList(meeting + ".countries.name"));
        // Hosts first, then by delegation and name.
        assertEquals(List.of("Sergei Shoigu", "Sergey Lavrov", "Florence Parly", "Jean-Yves Le Drian"),
                response.getList(meeting + ".participants.official.fullName"));
        assertEquals(List.of("HOST", "HOST", "DELEGATE", "HEAD_OF_DELEGATION"),
                response.getList(meeting + ".participants.role"));
        assertEquals(List.of("RU", "RU", "FR", "FR"), response.getList(meeting + ".participants.delegationCountry.alpha2"));
        assertEquals(List.of(TWO_PLUS_TWO, TWO_PLUS_TWO, TWO_PLUS_TWO, TWO_PLUS_TWO),
                response.getList(meeting + ".participants.meeting.title"));
        assertEquals(List.of(ARTICLE), response.getList(meeting + ".sources.url"));
    }

    @Test
    void meetingByIdReturnsTheMeetingTheListGave() {
        String id = data(MEETINGS, "filter", Map.of("countryCodes", List.of("FR", "RU"), "format", "TWO_PLUS_TWO"))
                .getString("data.meetings.edges[0].node.id");

        JsonPath response = data(MEETING_BY_ID, "id", id);

        assertEquals(id, response.getString("data.meeting.id"));
        assertEquals(TWO_PLUS_TWO, response.getString("data.meeting.title"));
        assertEquals("2019-09-09", response.getString("data.meeting.startDate"));
        assertEquals("Moscow", response.getString("data.meeting.city"));
        assertEquals("RU", response.getString("data.meeting.hostCountry.alpha2"));
    }

    @Test
    void meetingByIdOfAnOfficialIsBadUserInput() {
        String lavrov = data(OFFICIAL_ID, "name", "Lavrov").getString("data.officials.edges[0].node.id");

        JsonPath response = query(MEETING_BY_ID, "id", lavrov);

        assertError(response, "BAD_USER_INPUT", lavrov, "Meeting");
        assertNull(response.get("data.meeting"));
    }

    @Test
    void meetingByUnknownIdIsNotFound() {
        String unknown = GlobalId.of("Meeting", 999_999_999L);

        JsonPath response = query(MEETING_BY_ID, "id", unknown);

        assertError(response, "NOT_FOUND", unknown);
        assertNull(response.get("data.meeting"));
    }

    @Test
    void meetingByMalformedIdIsBadUserInput() {
        assertError(query(MEETING_BY_ID, "id", "not-an-id"), "BAD_USER_INPUT", "not-an-id");
    }

    @Test
    void macronHostedPutinAtBregancon() {
        JsonPath response = data(MEETING_DETAILS,
                "filter", Map.of("countryCodes", List.of("FR", "RU"), "format", "BILATERAL"));

        assertEquals(1, response.getInt("data.meetings.totalCount"));
        String meeting = "data.meetings.edges[0].node";
        assertEquals(BREGANCON, response.getString(meeting + ".title"));
        assertEquals("2019-08-19", response.getString(meeting + ".startDate"));
        assertEquals("Bormes-les-Mimosas", response.getString(meeting + ".city"));
        assertEquals("FR", response.getString(meeting + ".hostCountry.alpha2"));
        assertEquals(List.of("FR", "RU"), response.getList(meeting + ".countries.alpha2"));
        assertEquals(List.of("Emmanuel Macron", "Vladimir Putin"), response.getList(meeting + ".participants.official.fullName"));
        assertEquals(List.of("HOST", "GUEST"), response.getList(meeting + ".participants.role"));
        assertEquals(List.of("FR", "RU"), response.getList(meeting + ".participants.delegationCountry.alpha2"));
    }

    @Test
    void minskSummitHadFourLeadersAndAHostThatWasNoParty() {
        JsonPath response = data(MEETING_DETAILS,
                "filter", Map.of("countryCodes", List.of("FR", "DE", "RU", "UA"), "format", "SUMMIT"));

        assertEquals(1, response.getInt("data.meetings.totalCount"));
        String meeting = "data.meetings.edges[0].node";
        assertEquals(MINSK, response.getString(meeting + ".title"));
        assertEquals("2015-02-11", response.getString(meeting + ".startDate"));
        assertEquals("2015-02-12", response.getString(meeting + ".endDate"));
        assertEquals("Minsk", response.getString(meeting + ".city"));
        assertEquals("BY", response.getString(meeting + ".hostCountry.alpha2"));
        assertEquals("Belarus", response.getString(meeting + ".hostCountry.name"));
        assertEquals(List.of("France", "Germany", "Russia", "Ukraine"), response.getList(meeting + ".countries.name"));
        assertThat(response.getList(meeting + ".countries.alpha2"), not(hasItem("BY")));
        assertThat(response.getList(meeting + ".participants.official.fullName"),
                containsInAnyOrder("François Hollande", "Angela Merkel", "Vladimir Putin", "Petro Poroshenko"));
        assertEquals(List.of("HEAD_OF_DELEGATION", "HEAD_OF_DELEGATION", "HEAD_OF_DELEGATION", "HEAD_OF_DELEGATION"),
                response.getList(meeting + ".participants.role"));
        assertThat(response.getList(meeting + ".participants.delegationCountry.alpha2"),
                containsInAnyOrder("FR", "DE", "RU", "UA"));
    }

    @Test
    void countryCodesFilterKeepsMeetingsInvolvingAllTheCountries() {
        assertEquals(List.of(TWO_PLUS_TWO, BREGANCON, MINSK),
                titles(data(MEETINGS, "filter", Map.of("countryCodes", List.of("FR", "RU")))));
        assertEquals(List.of(MINSK),
                titles(data(MEETINGS, "filter", Map.of("countryCodes", List.of("FR", "UA")))));
    }

    @Test
    void countryCodesFilterAcceptsAlpha3AndLowerCase() {
        assertEquals(List.of(TWO_PLUS_TWO, BREGANCON, MINSK),
                titles(data(MEETINGS, "filter", Map.of("countryCodes", List.of("fra", "rus")))));
        assertEquals(List.of(MINSK),
                titles(data(MEETINGS, "filter", Map.of("countryCodes", List.of("FRA", "UKR", "DEU")))));
        assertEquals(List.of(TWO_PLUS_TWO, BREGANCON, MINSK),
                titles(data(MEETINGS, "filter", Map.of("countryCodes", List.of("fr")))));
    }

    @Test
    void participantIdFilterKeepsTheOfficialsMeetings() {
        String putin = data(OFFICIAL_ID, "name", "Putin").getString("data.officials.edges[0].node.id");
        String lavrov = data(OFFICIAL_ID, "name", "Lavrov").getString("data.officials.edges[0].node.id");

        assertEquals(List.of(BREGANCON, MINSK), titles(data(MEETINGS,
                "filter", Map.of("participantId", putin, "countryCodes", List.of("FR")))));
        assertEquals(List.of(TWO_PLUS_TWO), titles(data(MEETINGS,
                "filter", Map.of("participantId", lavrov, "countryCodes", List.of("FR")))));
    }

    @Test
    void participantIdOfAMeetingIsBadUserInput() {
        String meeting = data(MEETINGS, "filter", Map.of("countryCodes", List.of("FR", "RU"), "format", "TWO_PLUS_TWO"))
                .getString("data.meetings.edges[0].node.id");

        JsonPath response = query(MEETINGS, "filter", Map.of("participantId", meeting));

        assertError(response, "BAD_USER_INPUT", meeting, "Official");
    }

    @Test
    void formatFilterKeepsMeetingsOfThatFormat() {
        assertEquals(List.of(MINSK), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "format", "SUMMIT"))));
        assertEquals(List.of(TWO_PLUS_TWO), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "format", "TWO_PLUS_TWO"))));
        assertEquals(List.of(), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "format", "PHONE_CALL"))));
    }

    @Test
    void hostCountryCodeFilterKeepsMeetingsHostedByThatCountry() {
        assertEquals(List.of(BREGANCON), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "hostCountryCode", "FR"))));
        assertEquals(List.of(TWO_PLUS_TWO), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "hostCountryCode", "RUS"))));
        assertEquals(List.of(MINSK), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "hostCountryCode", "by"))));
    }

    @Test
    void fromAndToFilterIsInclusiveOnTheStartDate() {
        assertEquals(List.of(TWO_PLUS_TWO, BREGANCON), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("RU"), "from", "2019-08-19", "to", "2019-09-09"))));
        assertEquals(List.of(), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("RU"), "from", "2019-08-20", "to", "2019-09-08"))));
        assertEquals(List.of(BREGANCON, MINSK), titles(data(MEETINGS,
                "filter", Map.of("countryCodes", List.of("RU"), "to", "2019-08-19"))));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        JsonPath response = query(MEETINGS,
                "filter", Map.of("countryCodes", List.of("FR"), "from", "2019-09-10", "to", "2019-09-09"));

        assertError(response, "BAD_USER_INPUT", "from", "to", "2019-09-10");
    }

    @Test
    void unknownCountryCodeIsBadUserInput() {
        JsonPath response = query(MEETINGS, "filter", Map.of("countryCodes", List.of("FR", "XX")));

        assertError(response, "BAD_USER_INPUT", "XX");
    }

    @Test
    void countryCodeThatIsNoIsoCodeIsBadUserInput() {
        JsonPath response = query(MEETINGS, "filter", Map.of("countryCodes", List.of("FRANCE")));

        assertError(response, "BAD_USER_INPUT", "FRANCE");
    }

    @Test
    void moreThanTenCountryCodesIsBadUserInput() {
        List<String> eleven = List.of("FR", "RU", "UA", "DE", "BY", "US", "GB", "IT", "ES", "PL", "NL");

        JsonPath response = query(MEETINGS, "filter", Map.of("countryCodes", eleven));

        assertError(response, "BAD_USER_INPUT", "countryCodes", "10");
    }

    @Test
    void meetingsAreNewestFirstUnlessStartDateAscIsAsked() {
        Map<String, Object> french = Map.of("countryCodes", List.of("FR"));

        assertEquals(List.of(TWO_PLUS_TWO, BREGANCON, MINSK), titles(data(MEETINGS, "filter", french)));
        assertEquals(List.of(MINSK, BREGANCON, TWO_PLUS_TWO),
                titles(data(MEETINGS, "filter", french, "orderBy", "START_DATE_ASC")));
    }

    @Test
    void frenchMeetingsArePagedOneByOneWithCursors() {
        Map<String, Object> french = Map.of("countryCodes", List.of("FR"));

        JsonPath first = data(MEETINGS, "filter", french, "first", 1);
        assertEquals(List.of(TWO_PLUS_TWO), titles(first));
        assertEquals(3, first.getInt("data.meetings.totalCount"));
        assertTrue(first.getBoolean("data.meetings.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
        assertEquals(first.getString("data.meetings.edges[0].cursor"), first.getString("data.meetings.pageInfo.endCursor"));

        JsonPath second = data(MEETINGS, "filter", french, "first", 1,
                "after", first.getString("data.meetings.pageInfo.endCursor"));
        assertEquals(List.of(BREGANCON), titles(second));
        assertEquals(3, second.getInt("data.meetings.totalCount"));
        assertTrue(second.getBoolean("data.meetings.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("data.meetings.pageInfo.hasPreviousPage"));

        JsonPath third = data(MEETINGS, "filter", french, "first", 1,
                "after", second.getString("data.meetings.pageInfo.endCursor"));
        assertEquals(List.of(MINSK), titles(third));
        assertFalse(third.getBoolean("data.meetings.pageInfo.hasNextPage"));
        assertTrue(third.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
    }

    @Test
    void cursorOfAnotherOrderingIsBadUserInput() {
        Map<String, Object> french = Map.of("countryCodes", List.of("FR"));
        String newestFirst = data(MEETINGS, "filter", french, "first", 1)
                .getString("data.meetings.pageInfo.endCursor");

        JsonPath response = query(MEETINGS, "filter", french, "orderBy", "START_DATE_ASC", "after", newestFirst);

        assertError(response, "BAD_USER_INPUT", "START_DATE_DESC", "START_DATE_ASC");
    }

    @Test
    void countryMeetingsArePagedNewestFirst() {
        String document = """
                query($code: String!, $first: Int, $after: String) {
                  country(code: $code) {
                    meetings(first: $first, after: $after) {
                      totalCount
                      edges { node { title } }
                      pageInfo { hasNextPage hasPreviousPage endCursor }
                    }
                  }
                }
                """;

        JsonPath first = data(document, "code", "FR", "first", 2);
        assertEquals(List.of(TWO_PLUS_TWO, BREGANCON), first.getList("data.country.meetings.edges.node.title"));
        assertEquals(3, first.getInt("data.country.meetings.totalCount"));
        assertTrue(first.getBoolean("data.country.meetings.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.country.meetings.pageInfo.hasPreviousPage"));

        JsonPath second = data(document, "code", "FR", "first", 2,
                "after", first.getString("data.country.meetings.pageInfo.endCursor"));
        assertEquals(List.of(MINSK), second.getList("data.country.meetings.edges.node.title"));
        assertFalse(second.getBoolean("data.country.meetings.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("data.country.meetings.pageInfo.hasPreviousPage"));
    }

    @Test
    void countryHostedMeetingsAreTheMeetingsItHosted() {
        JsonPath response = data("""
                {
                  france: country(code: "FR") { hostedMeetings { totalCount edges { node { title } } } }
                  russia: country(code: "RU") { hostedMeetings { totalCount edges { node { title } } } }
                  belarus: country(code: "BY") {
                    hostedMeetings { totalCount edges { node { title } } }
                    meetings { totalCount }
                  }
                }
                """);

        assertEquals(List.of(BREGANCON), response.getList("data.france.hostedMeetings.edges.node.title"));
        assertEquals(List.of(TWO_PLUS_TWO), response.getList("data.russia.hostedMeetings.edges.node.title"));
        assertEquals(List.of(MINSK), response.getList("data.belarus.hostedMeetings.edges.node.title"));
        assertEquals(0, response.getInt("data.belarus.meetings.totalCount"));
    }

    @Test
    void officialMeetingsAreTheMeetingsTheyTookPartIn() {
        JsonPath response = data("""
                {
                  putin: officials(filter: { nameContains: "Putin" }) {
                    edges { node { fullName meetings { totalCount edges { node { title startDate } } } } }
                  }
                  leDrian: officials(filter: { nameContains: "Le Drian" }) {
                    edges { node { fullName meetings { totalCount edges { node { title startDate } } } } }
                  }
                }
                """);

        String putin = "data.putin.edges[0].node";
        assertEquals("Vladimir Putin", response.getString(putin + ".fullName"));
        assertEquals(2, response.getInt(putin + ".meetings.totalCount"));
        assertEquals(List.of(BREGANCON, MINSK), response.getList(putin + ".meetings.edges.node.title"));
        assertEquals(List.of("2019-08-19", "2015-02-11"), response.getList(putin + ".meetings.edges.node.startDate"));
        String leDrian = "data.leDrian.edges[0].node";
        assertEquals("Jean-Yves Le Drian", response.getString(leDrian + ".fullName"));
        assertEquals(List.of(TWO_PLUS_TWO), response.getList(leDrian + ".meetings.edges.node.title"));
    }

    private static List<Object> titles(JsonPath response) {
        return response.getList("data.meetings.edges.node.title");
    }

    private static void assertError(JsonPath response, String code, String... mentioned) {
        assertEquals(code, response.getString("errors[0].extensions.code"), () -> "errors: " + response.get("errors"));
        String message = response.getString("errors[0].message");
        for (String word : mentioned) {
            assertThat(message, containsString(word));
        }
    }
}
