package io.entente.country;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The {@code country} and {@code countries} root fields: lookup by ISO code, filters, orderings and paging. */
@QuarkusTest
class CountryGraphQLTest {

    private static final String COUNTRY = """
            query ($code: String!) {
              country(code: $code) { alpha2 alpha3 name officialName region }
            }
            """;

    private static final String COUNTRIES = """
            query ($filter: CountryFilter, $first: Int, $after: String, $order: CountryOrder) {
              countries(filter: $filter, first: $first, after: $after, orderBy: $order) {
                totalCount
                edges { cursor node { alpha2 name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    @Test
    void franceIsFoundByItsAlpha2Code() {
        JsonPath json = data(COUNTRY, "code", "FR");

        assertEquals("FR", json.getString("data.country.alpha2"));
        assertEquals("FRA", json.getString("data.country.alpha3"));
        assertEquals("France", json.getString("data.country.name"));
        assertEquals("EUROPE", json.getString("data.country.region"));
    }

    @Test
    void franceIsFoundByItsAlpha3CodeAndByLowerCaseCodes() {
        for (String code : List.of("FRA", "fra", "fr")) {
            JsonPath json = data(COUNTRY, "code", code);

            assertEquals("FR", json.getString("data.country.alpha2"), code);
            assertEquals("France", json.getString("data.country.name"), code);
        }
    }

    @Test
    void russiaHasACommonNameAndItsIsoOfficialName() {
        JsonPath json = data(COUNTRY, "code", "RUS");

        assertEquals("RU", json.getString("data.country.alpha2"));
        assertEquals("Russia", json.getString("data.country.name"));
        assertEquals("Russian Federation", json.getString("data.country.officialName"));
    }

    @Test
    void anUnknownCodeIsNotFound() {
        JsonPath json = query(COUNTRY, "code", "ZZ");

        assertNull(json.get("data.country"));
        assertError(json, "NOT_FOUND", "ZZ");
    }

    @Test
    void codesThatAreNotTwoOrThreeLettersAreBadUserInput() {
        for (String code : List.of("F1", "FRAN")) {
            JsonPath json = query(COUNTRY, "code", code);

            assertNull(json.get("data.country"), code);
            assertError(json, "BAD_USER_INPUT", code);
        }
    }

    @Test
    void countriesListsAll249IsoCountriesTwentyAtATime() {
        JsonPath json = data(COUNTRIES);

        assertEquals(249, json.getInt("data.countries.totalCount"));
        assertEquals(20, json.getList("data.countries.edges").size());
        assertTrue(json.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertFalse(json.getBoolean("data.countries.pageInfo.hasPreviousPage"));
    }

    @Test
    void countriesAreSortedByNameByDefault() {
        List<String> byDefault = data(COUNTRIES, "first", 3).getList("data.countries.edges.node.name");
        List<String> byName = data(COUNTRIES, "first", 3, "order", "NAME_ASC").getList("data.countries.edges.node.name");

        assertEquals(List.of("Afghanistan", "Åland Islands", "Albania"), byDefault);
        assertEquals(byDefault, byName);
    }

    @Test
    void codeOrderStartsWithAndorraTheEmiratesAndAfghanistan() {
        JsonPath json = data(COUNTRIES, "first", 3, "order", "CODE_ASC");

        assertEquals(List.of("AD", "AE", "AF"), json.getList("data.countries.edges.node.alpha2"));
        assertEquals(List.of("Andorra", "United Arab Emirates", "Afghanistan"), json.getList("data.countries.edges.node.name"));
    }

    @Test
    void nameDescendingIsTheExactReverseOfNameAscendingAndEndsWithAfghanistan() {
        List<String> ascending = allNames("NAME_ASC");
        List<String> descending = allNames("NAME_DESC");

        assertEquals(249, ascending.size());
        assertEquals(249, new HashSet<>(ascending).size());
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
        assertEquals(List.of("Albania", "Åland Islands", "Afghanistan"), descending.subList(246, 249));
    }

    @Test
    void theNextPageStartsRightAfterTheEndCursorWithoutOverlap() {
        JsonPath first = data(COUNTRIES, "first", 5);
        String endCursor = first.getString("data.countries.pageInfo.endCursor");
        JsonPath second = data(COUNTRIES, "first", 5, "after", endCursor);

        assertEquals(List.of("Afghanistan", "Åland Islands", "Albania", "Algeria", "American Samoa"),
                first.getList("data.countries.edges.node.name"));
        assertEquals(List.of("Andorra", "Angola", "Anguilla", "Antarctica", "Antigua and Barbuda"),
                second.getList("data.countries.edges.node.name"));
        assertTrue(second.getBoolean("data.countries.pageInfo.hasPreviousPage"));
        assertTrue(second.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertEquals(249, second.getInt("data.countries.totalCount"));
    }

    @Test
    void aCursorIssuedUnderNameAscendingIsRefusedUnderNameDescending() {
        String cursor = data(COUNTRIES, "first", 5).getString("data.countries.pageInfo.endCursor");

        JsonPath json = query(COUNTRIES, "first", 5, "after", cursor, "order", "NAME_DESC");

        assertNull(json.get("data"));
        assertError(json, "BAD_USER_INPUT", "NAME_ASC");
        assertThat(json.getString("errors[0].message"), containsString("NAME_DESC"));
    }

    @Test
    void aCursorThatIsNotOneOfOursIsBadUserInput() {
        JsonPath json = query(COUNTRIES, "after", "garbage!");

        assertError(json, "BAD_USER_INPUT", "garbage!");
    }

    @Test
    void pageSizesAboveTheMaximumOrBelowZeroAreBadUserInput() {
        assertError(query(COUNTRIES, "first", 101), "BAD_USER_INPUT", "at most 100");
        assertError(query(COUNTRIES, "first", -1), "BAD_USER_INPUT", "negative");
    }

    @Test
    void nameContainsAlsoMatchesTheIsoOfficialName() {
        JsonPath russia = data(COUNTRIES, "filter", filter("nameContains", "Russian Federation"));
        JsonPath britain = data(COUNTRIES, "filter", filter("nameContains", "great britain"));

        assertEquals(List.of("RU"), russia.getList("data.countries.edges.node.alpha2"));
        assertEquals(List.of("Russia"), russia.getList("data.countries.edges.node.name"));
        assertEquals(List.of("United Kingdom"), britain.getList("data.countries.edges.node.name"));
    }

    @Test
    void nameContainsIgnoresCaseAndMatchesAnywhereInTheName() {
        JsonPath json = data(COUNTRIES, "filter", filter("nameContains", "korea"));

        assertEquals(2, json.getInt("data.countries.totalCount"));
        assertEquals(List.of("North Korea", "South Korea"), json.getList("data.countries.edges.node.name"));
    }

    @Test
    void nameContainsTakesLikeWildcardsLiterally() {
        JsonPath json = data(COUNTRIES, "filter", filter("nameContains", "%"));

        assertEquals(0, json.getInt("data.countries.totalCount"));
        assertEquals(List.of(), json.getList("data.countries.edges"));
    }

    @Test
    void regionFilterKeepsOnlyThatRegion() {
        JsonPath antarctica = data(COUNTRIES, "filter", filter("region", "ANTARCTICA"));
        JsonPath europe = data(COUNTRIES, "filter", filter("region", "EUROPE"));

        assertEquals(List.of("Antarctica"), antarctica.getList("data.countries.edges.node.name"));
        assertEquals(51, europe.getInt("data.countries.totalCount"));
    }

    @Test
    void blocCodeEuListsTheTwentySevenCurrentMembersWithFranceAndWithoutTheUnitedKingdom() {
        JsonPath json = data(COUNTRIES, "filter", filter("blocCode", "EU"), "first", 100);

        assertEquals(27, json.getInt("data.countries.totalCount"));
        List<String> codes = json.getList("data.countries.edges.node.alpha2");
        assertEquals(27, codes.size());
        assertThat(codes, hasItem("FR"));
        assertThat(codes, not(hasItem("GB")));
        assertEquals("Austria", json.getString("data.countries.edges[0].node.name"));
        assertEquals("Sweden", json.getString("data.countries.edges[26].node.name"));
    }

    @Test
    void blocCodeIgnoresCase() {
        JsonPath json = data(COUNTRIES, "filter", filter("blocCode", "eu"));

        assertEquals(27, json.getInt("data.countries.totalCount"));
    }

    @Test
    void aMalformedBlocCodeIsBadUserInput() {
        JsonPath json = query(COUNTRIES, "filter", filter("blocCode", "E U"));

        assertNull(json.get("data"));
        assertError(json, "BAD_USER_INPUT", "E U");
    }

    @Test
    void natoMembersInTheAmericasAreCanadaAndTheUnitedStates() {
        JsonPath json = data(COUNTRIES, "filter", filter("blocCode", "NATO", "region", "AMERICAS"));

        assertEquals(2, json.getInt("data.countries.totalCount"));
        assertEquals(List.of("Canada", "United States"), json.getList("data.countries.edges.node.name"));
    }

    @Test
    void allFiltersHoldTogether() {
        JsonPath euIa = data(COUNTRIES, "filter", filter("blocCode", "EU", "nameContains", "ia"));
        JsonPath g7Europe = data(COUNTRIES, "filter", filter("blocCode", "G7", "region", "EUROPE", "nameContains", "a"));

        assertEquals(List.of("Austria", "Bulgaria", "Croatia", "Czechia", "Estonia", "Latvia", "Lithuania", "Romania",
                "Slovakia", "Slovenia"), euIa.getList("data.countries.edges.node.name"));
        assertEquals(10, euIa.getInt("data.countries.totalCount"));
        assertEquals(List.of("France", "Germany", "Italy", "United Kingdom"), g7Europe.getList("data.countries.edges.node.name"));
    }

    /** Every country name under an ordering, walking the pages through their end cursors. */
    private static List<String> allNames(String order) {
        List<String> names = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data(COUNTRIES, "first", 100, "after", after, "order", order);
            names.addAll(page.getList("data.countries.edges.node.name"));
            more = page.getBoolean("data.countries.pageInfo.hasNextPage");
            after = page.getString("data.countries.pageInfo.endCursor");
        }
        return names;
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

    @Test
    void anUnknownBlocCodeInTheFilterIsBadUserInput() {
        JsonPath json = query("""
                query($bloc: String) { countries(filter: { blocCode: $bloc }) { totalCount } }""", "bloc", "XYZ");

        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertTrue(json.getString("errors[0].message").contains("XYZ"));
    }
}
