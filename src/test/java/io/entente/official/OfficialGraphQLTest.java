package io.entente.official;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Officials and their positions: lookup by id, the {@code officials} filters, and the fields nested under them. */
@QuarkusTest
class OfficialGraphQLTest {

    private static final String OFFICIAL = """
            query ($id: ID!) {
              official(id: $id) { id fullName aliases bornOn country { alpha2 name } }
            }
            """;

    private static final String OFFICIALS = """
            query ($filter: OfficialFilter, $first: Int, $order: OfficialOrder) {
              officials(filter: $filter, first: $first, orderBy: $order) {
                totalCount
                edges { node { id fullName } }
                pageInfo { hasNextPage }
              }
            }
            """;

    /** One official found by name, with the nested fields the tests below read. */
    private static final String ONE_BY_NAME = """
            query ($filter: OfficialFilter) {
              officials(filter: $filter) {
                edges {
                  node {
                    fullName
                    country { alpha2 name }
                    positions { title kind startDate endDate official { fullName } }
                    currentPosition { title kind startDate endDate }
                  }
                }
              }
            }
            """;

    @Test
    void anOfficialIsFoundByTheIdThatOfficialsReturns() {
        String id = idOf("Lavrov");

        JsonPath json = data(OFFICIAL, "id", id);

        assertEquals(id, json.getString("data.official.id"));
        assertEquals("Sergey Lavrov", json.getString("data.official.fullName"));
        assertEquals(List.of("Sergei Lavrov"), json.getList("data.official.aliases"));
        assertEquals("1950-03-21", json.getString("data.official.bornOn"));
        assertEquals("RU", json.getString("data.official.country.alpha2"));
        assertEquals("Russia", json.getString("data.official.country.name"));
    }

    @Test
    void theIdOfACountryIsBadUserInputForOfficial() {
        String countryId = data("""
                query ($code: String!) { country(code: $code) { id } }
                """, "code", "RU").getString("data.country.id");

        JsonPath json = query(OFFICIAL, "id", countryId);

        assertNull(json.get("data.official"));
        assertError(json, "BAD_USER_INPUT", countryId);
        assertThat(json.getString("errors[0].message"), containsString("Country"));
    }

    @Test
    void aWellFormedIdOfNoOfficialIsNotFound() {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString("Official:999999".getBytes(StandardCharsets.UTF_8));

        JsonPath json = query(OFFICIAL, "id", id);

        assertNull(json.get("data.official"));
        assertError(json, "NOT_FOUND", id);
    }

    @Test
    void anIdThatIsNotOneOfOursIsBadUserInput() {
        JsonPath json = query(OFFICIAL, "id", "not-an-id");

        assertNull(json.get("data.official"));
        assertError(json, "BAD_USER_INPUT", "not-an-id");
    }

    @Test
    void officialsAreListedByNameAndCanBeListedInReverse() {
        JsonPath ascending = data(OFFICIALS, "first", 4);
        JsonPath descending = data(OFFICIALS, "first", 3, "order", "NAME_DESC");

        assertEquals(11, ascending.getInt("data.officials.totalCount"));
        assertEquals(List.of("Angela Merkel", "Donald Trump", "Emmanuel Macron", "Florence Parly"), names(ascending));
        assertTrue(ascending.getBoolean("data.officials.pageInfo.hasNextPage"));
        assertEquals(List.of("Volodymyr Zelensky", "Vladimir Putin", "Sergey Lavrov"), names(descending));
    }

    @Test
    void nameContainsFindsLavrovThroughHisAliasSergei() {
        JsonPath json = data(OFFICIALS, "filter", filter("nameContains", "Sergei"));

        assertEquals(List.of("Sergei Shoigu", "Sergey Lavrov"), names(json));
    }

    @Test
    void nameContainsIgnoresCaseAndSearchesOtherSpellings() {
        assertEquals(List.of("Sergei Shoigu", "Sergey Lavrov"), names(data(OFFICIALS, "filter", filter("nameContains", "sergey"))));
        assertEquals(List.of("Volodymyr Zelensky"), names(data(OFFICIALS, "filter", filter("nameContains", "Zelenskyy"))));
        assertEquals(List.of("François Hollande"), names(data(OFFICIALS, "filter", filter("nameContains", "Francois"))));
    }

    @Test
    void countryCodeFilterTakesAlpha2OrAlpha3Codes() {
        List<String> french = List.of("Emmanuel Macron", "Florence Parly", "François Hollande", "Jean-Yves Le Drian");

        assertEquals(french, names(data(OFFICIALS, "filter", filter("countryCode", "FR"))));
        assertEquals(french, names(data(OFFICIALS, "filter", filter("countryCode", "fra"))));
    }

    @Test
    void aKnownCountryWithoutOfficialsGivesAnEmptyList() {
        JsonPath json = data(OFFICIALS, "filter", filter("countryCode", "GB"));

        assertEquals(0, json.getInt("data.officials.totalCount"));
        assertEquals(List.of(), json.getList("data.officials.edges"));
    }

    @Test
    void anUnknownCountryCodeIsBadUserInput() {
        JsonPath json = query(OFFICIALS, "filter", filter("countryCode", "ZZ"));

        assertNull(json.get("data"));
        assertError(json, "BAD_USER_INPUT", "ZZ");
    }

    @Test
    void aMalformedCountryCodeIsBadUserInput() {
        JsonPath json = query(OFFICIALS, "filter", filter("countryCode", "F1"));

        assertError(json, "BAD_USER_INPUT", "F1");
    }

    @Test
    void positionKindFilterFindsEveryoneWhoEverHeldSuchAnOffice() {
        assertEquals(List.of("Jean-Yves Le Drian", "Sergey Lavrov"),
                names(data(OFFICIALS, "filter", filter("positionKind", "FOREIGN_MINISTER"))));
        assertEquals(List.of("Florence Parly", "Jean-Yves Le Drian", "Sergei Shoigu"),
                names(data(OFFICIALS, "filter", filter("positionKind", "DEFENCE_MINISTER"))));
    }

    @Test
    void leDrianAndLavrovWereTheForeignMinistersOnTheDayOfTheTwoPlusTwo() {
        JsonPath json = data(OFFICIALS, "filter", filter("positionKind", "FOREIGN_MINISTER", "activeOn", "2019-09-09"));

        assertEquals(List.of("Jean-Yves Le Drian", "Sergey Lavrov"), names(json));
    }

    @Test
    void positionKindIsCheckedOnTheActiveDayWhenOneIsGiven() {
        JsonPath foreign = data(OFFICIALS, "filter", filter("positionKind", "FOREIGN_MINISTER", "activeOn", "2015-02-11"));
        JsonPath defence = data(OFFICIALS, "filter", filter("positionKind", "DEFENCE_MINISTER", "activeOn", "2015-02-11"));

        assertEquals(List.of("Sergey Lavrov"), names(foreign));
        assertEquals(List.of("Jean-Yves Le Drian", "Sergei Shoigu"), names(defence));
    }

    @Test
    void activeOnKeepsOnlyOfficialsInOfficeThatDay() {
        JsonPath everyone = data(OFFICIALS, "filter", filter("activeOn", "2019-09-09"));
        JsonPath french = data(OFFICIALS, "filter", filter("activeOn", "2019-09-09", "countryCode", "FR"));

        assertEquals(List.of("Angela Merkel", "Donald Trump", "Emmanuel Macron", "Florence Parly", "Jean-Yves Le Drian",
                "Sergei Shoigu", "Sergey Lavrov", "Vladimir Putin", "Volodymyr Zelensky"), names(everyone));
        assertEquals(List.of("Emmanuel Macron", "Florence Parly", "Jean-Yves Le Drian"), names(french));
    }

    @Test
    void leDrianHeldTwoOfficesOldestFirstAndHoldsNoneToday() {
        JsonPath json = data(ONE_BY_NAME, "filter", filter("nameContains", "Le Drian"));
        String official = "data.officials.edges[0].node";

        assertEquals("FR", json.getString(official + ".country.alpha2"));
        assertEquals(List.of("Minister of Defence", "Minister for Europe and Foreign Affairs"),
                json.getList(official + ".positions.title"));
        assertEquals(List.of("DEFENCE_MINISTER", "FOREIGN_MINISTER"), json.getList(official + ".positions.kind"));
        assertEquals(List.of("2012-05-16", "2017-05-17"), json.getList(official + ".positions.startDate"));
        assertEquals(List.of("2017-05-17", "2022-05-20"), json.getList(official + ".positions.endDate"));
        assertEquals(List.of("Jean-Yves Le Drian", "Jean-Yves Le Drian"), json.getList(official + ".positions.official.fullName"));
        assertNull(json.get(official + ".currentPosition"));
    }

    @Test
    void merkelIsOutOfOfficeSinceDecember2021() {
        JsonPath json = data(ONE_BY_NAME, "filter", filter("nameContains", "Merkel"));
        String official = "data.officials.edges[0].node";

        assertEquals(List.of("Chancellor of Germany"), json.getList(official + ".positions.title"));
        assertEquals("2005-11-22", json.getString(official + ".positions[0].startDate"));
        assertEquals("2021-12-08", json.getString(official + ".positions[0].endDate"));
        assertNull(json.get(official + ".currentPosition"));
    }

    @Test
    void putinsCurrentPositionIsThePresidencyHeHasHeldSinceMay2012() {
        JsonPath json = data(ONE_BY_NAME, "filter", filter("nameContains", "Putin"));
        String official = "data.officials.edges[0].node";

        assertEquals(List.of("Prime Minister of Russia", "Acting President of Russia", "President of Russia",
                "Prime Minister of Russia", "President of Russia"), json.getList(official + ".positions.title"));
        assertEquals(List.of("1999-08-09", "1999-12-31", "2000-05-07", "2008-05-08", "2012-05-07"),
                json.getList(official + ".positions.startDate"));
        assertEquals("President of Russia", json.getString(official + ".currentPosition.title"));
        assertEquals("HEAD_OF_STATE", json.getString(official + ".currentPosition.kind"));
        assertEquals("2012-05-07", json.getString(official + ".currentPosition.startDate"));
        assertNull(json.get(official + ".currentPosition.endDate"));
    }

    @Test
    void trumpsCurrentPositionIsHisSecondTerm() {
        JsonPath json = data(ONE_BY_NAME, "filter", filter("nameContains", "Trump"));
        String official = "data.officials.edges[0].node";

        assertEquals(List.of("2017-01-20", "2025-01-20"), json.getList(official + ".positions.startDate"));
        assertEquals("President of the United States", json.getString(official + ".currentPosition.title"));
        assertEquals("2025-01-20", json.getString(official + ".currentPosition.startDate"));
    }

    @Test
    void zelenskyWasPresidentOfUkraineOnTheDayOfThePrisonerExchange() {
        JsonPath json = data("""
                query ($code: String!, $day: Date) {
                  country(code: $code) { officials(activeOn: $day) { fullName positions { title startDate } } }
                }
                """, "code", "UA", "day", "2019-09-07");

        assertEquals(List.of("Volodymyr Zelensky"), json.getList("data.country.officials.fullName"));
        assertEquals("President of Ukraine", json.getString("data.country.officials[0].positions[0].title"));
        assertEquals("2019-05-20", json.getString("data.country.officials[0].positions[0].startDate"));
    }

    @Test
    void poroshenkoWasStillPresidentOfUkraineTheDayBeforeZelenskysInauguration() {
        String document = """
                query ($code: String!, $day: Date) { country(code: $code) { officials(activeOn: $day) { fullName } } }
                """;

        JsonPath dayBefore = data(document, "code", "UA", "day", "2019-05-19");
        JsonPath inauguration = data(document, "code", "UA", "day", "2019-05-20");

        assertEquals(List.of("Petro Poroshenko"), dayBefore.getList("data.country.officials.fullName"));
        assertEquals(List.of("Volodymyr Zelensky"), inauguration.getList("data.country.officials.fullName"));
    }

    @Test
    void countryOfficialsFirstLimitsTheListOfEachCountry() {
        String document = """
                query ($bloc: String, $day: Date, $first: Int) {
                  countries(filter: { blocCode: $bloc }) {
                    edges { node { alpha2 officials(activeOn: $day, first: $first) { fullName } } }
                  }
                }
                """;

        JsonPath all = data(document, "bloc", "NORMANDY", "day", "2019-09-09");
        JsonPath one = data(document, "bloc", "NORMANDY", "day", "2019-09-09", "first", 1);

        assertEquals(List.of("FR", "DE", "RU", "UA"), all.getList("data.countries.edges.node.alpha2"));
        assertEquals(List.of("Emmanuel Macron", "Florence Parly", "Jean-Yves Le Drian"),
                all.getList("data.countries.edges[0].node.officials.fullName"));
        assertEquals(List.of("Sergei Shoigu", "Sergey Lavrov", "Vladimir Putin"),
                all.getList("data.countries.edges[2].node.officials.fullName"));
        assertEquals(List.of(List.of("Emmanuel Macron"), List.of("Angela Merkel"), List.of("Sergei Shoigu"),
                List.of("Volodymyr Zelensky")), one.getList("data.countries.edges.node.officials.fullName"));
    }

    @Test
    void lavrovsMeetingsIncludeTheTwoPlusTwoInMoscow() {
        JsonPath json = data("""
                query ($filter: OfficialFilter) {
                  officials(filter: $filter) {
                    edges { node { meetings { totalCount edges { node { title startDate format } } } } }
                  }
                }
                """, "filter", filter("nameContains", "Lavrov"));
        String meetings = "data.officials.edges[0].node.meetings";

        assertEquals(1, json.getInt(meetings + ".totalCount"));
        assertEquals(List.of("French-Russian \"2+2\" talks in Moscow"), json.getList(meetings + ".edges.node.title"));
        assertEquals("2019-09-09", json.getString(meetings + ".edges[0].node.startDate"));
        assertEquals("TWO_PLUS_TWO", json.getString(meetings + ".edges[0].node.format"));
    }

    @Test
    void putinsMeetingsAreNewestFirstAndCanBePagedOldestFirst() {
        String document = """
                query ($filter: OfficialFilter, $order: MeetingOrder, $first: Int) {
                  officials(filter: $filter) {
                    edges { node { meetings(orderBy: $order, first: $first) {
                      totalCount edges { node { title } } pageInfo { hasNextPage }
                    } } }
                  }
                }
                """;
        String meetings = "data.officials.edges[0].node.meetings";

        JsonPath newestFirst = data(document, "filter", filter("nameContains", "Putin"));
        JsonPath oldestFirst = data(document, "filter", filter("nameContains", "Putin"), "order", "START_DATE_ASC", "first", 1);

        assertEquals(List.of("Macron hosts Putin at the Fort de Brégançon", "Normandy-format summit in Minsk"),
                newestFirst.getList(meetings + ".edges.node.title"));
        assertFalse(newestFirst.getBoolean(meetings + ".pageInfo.hasNextPage"));
        assertEquals(List.of("Normandy-format summit in Minsk"), oldestFirst.getList(meetings + ".edges.node.title"));
        assertEquals(2, oldestFirst.getInt(meetings + ".totalCount"));
        assertTrue(oldestFirst.getBoolean(meetings + ".pageInfo.hasNextPage"));
    }

    @Test
    void lavrovWasListedByTheEuOn25February2022() {
        JsonPath json = data("""
                query ($filter: OfficialFilter) {
                  officials(filter: $filter) {
                    edges { node { designations { listedOn delistedOn reason regime { name } official { fullName } } } }
                  }
                }
                """, "filter", filter("nameContains", "Lavrov"));
        String designation = "data.officials.edges[0].node.designations[0]";

        assertEquals(1, json.getList("data.officials.edges[0].node.designations").size());
        assertEquals("2022-02-25", json.getString(designation + ".listedOn"));
        assertNull(json.get(designation + ".delistedOn"));
        assertEquals("Listed after Russia's full-scale invasion of Ukraine; asset freeze only (no travel ban).",
                json.getString(designation + ".reason"));
        assertEquals("EU restrictive measures in respect of actions undermining or threatening the territorial integrity, "
                + "sovereignty and independence of Ukraine", json.getString(designation + ".regime.name"));
        assertEquals("Sergey Lavrov", json.getString(designation + ".official.fullName"));
    }

    @Test
    void lavrovSaidTheRebuildingOfTiesWasPossibleAndNecessary() {
        JsonPath json = data("""
                query ($filter: OfficialFilter) {
                  officials(filter: $filter) { edges { node { statements { text saidOn speaker { fullName } } } } }
                }
                """, "filter", filter("nameContains", "Lavrov"));
        String statements = "data.officials.edges[0].node.statements";

        assertEquals(List.of("possible and necessary"), json.getList(statements + ".text"));
        assertEquals("2019-09-09", json.getString(statements + "[0].saidOn"));
        assertEquals("Sergey Lavrov", json.getString(statements + "[0].speaker.fullName"));
    }

    @Test
    void merkelHasNoStatementsNorDesignations() {
        JsonPath json = data("""
                query ($filter: OfficialFilter) {
                  officials(filter: $filter) { edges { node { statements { text } designations { listedOn } } } }
                }
                """, "filter", filter("nameContains", "Merkel"));

        assertEquals(List.of(), json.getList("data.officials.edges[0].node.statements"));
        assertEquals(List.of(), json.getList("data.officials.edges[0].node.designations"));
    }

    /** The id of the one official whose name contains the text. */
    private static String idOf(String name) {
        JsonPath json = data(OFFICIALS, "filter", filter("nameContains", name));
        assertEquals(1, json.getInt("data.officials.totalCount"));
        return json.getString("data.officials.edges[0].node.id");
    }

    private static List<String> names(JsonPath json) {
        return json.getList("data.officials.edges.node.fullName");
    }

    private static Map<String, Object> filter(String... pairs) {
        Map<String, Object> filter = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            filter.put(pairs[i], pairs[i + 1]);
        }
        return filter;
    }

    private static void assertError(JsonPath json, String code, String named) {
        assertEquals(code, json.getString("errors[0].extensions.code"));
        assertThat(json.getString("errors[0].message"), containsString(named));
    }
}
