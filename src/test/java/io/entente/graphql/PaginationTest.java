package io.entente.graphql;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay cursor pagination at its edges: first page, last page, past the end, and after a deleted row. */
@QuarkusTest
class PaginationTest {

    private static final String PAGE = """
            query($first: Int, $after: String) {
              countries(first: $first, after: $after) {
                totalCount
                edges { cursor node { name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void theDefaultPageHasTwentyItems() {
        JsonPath response = data("{ countries { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }");
        assertEquals(20, response.getList("data.countries.edges").size());
        assertTrue(response.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertFalse(response.getBoolean("data.countries.pageInfo.hasPreviousPage"));
    }

    @Test
    void walkingEveryPageVisitsEachCountryOnceInNameOrder() {
        List<String> names = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            JsonPath page = data(PAGE, "first", 100, "after", after);
            names.addAll(page.getList("data.countries.edges.node.name"));
            assertEquals(249, page.getInt("data.countries.totalCount"));
            assertEquals(after != null, page.getBoolean("data.countries.pageInfo.hasPreviousPage"));
            hasNext = page.getBoolean("data.countries.pageInfo.hasNextPage");
            after = page.getString("data.countries.pageInfo.endCursor");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(249, names.size());
        assertEquals(249, names.stream().distinct().count());
    }

    @Test
    void theLastPageSaysNothingFollows() {
        String cursor = null;
        for (int i = 0; i < 3; i++) {
            cursor = data(PAGE, "first", 80, "after", cursor).getString("data.countries.pageInfo.endCursor");
        }
        JsonPath last = data(PAGE, "first", 100, "after", cursor);
        assertEquals(9, last.getList("data.countries.edges").size());
        assertFalse(last.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertEquals(last.getString("data.countries.edges[8].cursor"), last.getString("data.countries.pageInfo.endCursor"));
    }

    @Test
    void pastTheEndIsAnEmptyPage() {
        JsonPath last = data("{ countries(orderBy: NAME_DESC, first: 1) { edges { node { name } } } }");
        String lastName = last.getString("data.countries.edges[0].node.name");
        JsonPath all = data(PAGE, "first", 100, "after", cursorOf(lastName));
        assertEquals(0, all.getList("data.countries.edges").size());
        assertFalse(all.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertNull(all.getString("data.countries.pageInfo.startCursor"));
        assertNull(all.getString("data.countries.pageInfo.endCursor"));
    }

    @Test
    void aCursorStaysValidAfterItsRowIsDeleted() {
        Fixtures fixtures = new Fixtures();
        fixtures.run("insert into country (alpha2, alpha3, name, region) values ('QZ', 'QZZ', 'Fixture Land', 'EUROPE')");
        try {
            String cursor = cursorOf("Fixture Land");
            fixtures.run("delete from country where alpha2 = 'QZ'");
            JsonPath afterDeleted = data(PAGE, "first", 3, "after", cursor);
            List<String> expected = data(PAGE, "first", 3, "after", cursorOf("Finland")).getList("data.countries.edges.node.name");
            assertEquals(expected, afterDeleted.getList("data.countries.edges.node.name"));
            assertEquals("France", expected.get(0));
        } finally {
            fixtures.run("delete from country where alpha2 = 'QZ'");
        }
    }

    @Test
    void aCursorOfAnotherOrderingIsRefused() {
        String cursor = cursorOf("France");
        JsonPath response = query("""
                query($after: String) { countries(after: $after, orderBy: NAME_DESC) { totalCount } }""", "after", cursor);
        ErrorsTest.assertCode(response, "BAD_USER_INPUT");
        assertTrue(response.getString("errors[0].message").contains("NAME_ASC"));
    }

    @Test
    void firstZeroAnswersOnlyTheCountAndWhetherItemsExist() {
        JsonPath response = data(PAGE, "first", 0, "after", null);
        assertEquals(0, response.getList("data.countries.edges").size());
        assertTrue(response.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertEquals(249, response.getInt("data.countries.totalCount"));
    }

    @Test
    void lastAloneGivesTheEndOfTheListInItsOwnOrder() {
        JsonPath response = data("{ countries(last: 3) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }");
        assertEquals(List.of("Yemen", "Zambia", "Zimbabwe"), response.getList("data.countries.edges.node.name"));
        assertTrue(response.getBoolean("data.countries.pageInfo.hasPreviousPage"));
        assertFalse(response.getBoolean("data.countries.pageInfo.hasNextPage"));
    }

    @Test
    void lastBeforeACursorGivesTheItemsJustBeforeIt() {
        JsonPath response = data("""
                query($before: String) { countries(last: 2, before: $before) {
                    edges { node { name } } pageInfo { hasNextPage hasPreviousPage }
                } }""", "before", cursorOf("France"));
        assertEquals(List.of("Fiji", "Finland"), response.getList("data.countries.edges.node.name"));
        assertTrue(response.getBoolean("data.countries.pageInfo.hasNextPage"));
        assertTrue(response.getBoolean("data.countries.pageInfo.hasPreviousPage"));
    }

    @Test
    void walkingBackwardsFromTheEndVisitsEveryCountryOnce() {
        List<String> names = new ArrayList<>();
        String before = null;
        boolean hasPrevious = true;
        while (hasPrevious) {
            JsonPath page = data("""
                    query($before: String) { countries(last: 100, before: $before) {
                        edges { node { name } } pageInfo { hasPreviousPage startCursor }
                    } }""", "before", before);
            names.addAll(0, page.getList("data.countries.edges.node.name"));
            hasPrevious = page.getBoolean("data.countries.pageInfo.hasPreviousPage");
            before = page.getString("data.countries.pageInfo.startCursor");
        }
        List<String> forwards = data(PAGE, "first", 100, "after", null).getList("data.countries.edges.node.name");
        assertEquals(249, names.size());
        assertEquals(forwards, names.subList(0, 100));
    }

    @Test
    void forwardAndBackwardArgumentsTogetherAreRefused() {
        JsonPath response = query("{ countries(first: 2, last: 2) { totalCount } }");
        ErrorsTest.assertCode(response, "BAD_USER_INPUT");
        assertTrue(response.getString("errors[0].message").contains("last"));
    }

    @Test
    void aNestedConnectionCountsAllItsItemsNotJustThePage() {
        JsonPath response = data("""
                { fr: country(code: "FR") { meetings(first: 1) { totalCount edges { node { title } } } }
                  ru: country(code: "RU") { meetings(first: 1) { totalCount edges { node { title } } } } }""");
        for (String code : List.of("FR", "RU")) {
            String alias = code.toLowerCase();
            assertEquals(meetingsOf(code), response.getInt("data." + alias + ".meetings.totalCount"), code);
            assertTrue(response.getInt("data." + alias + ".meetings.totalCount") > 1, code + " has more meetings than the page");
            assertEquals(1, response.getList("data." + alias + ".meetings.edges").size());
        }
    }

    @Test
    void aNestedCountAskedOnOnlyOneOfTwoPathsToTheSameFieldIsStillRight() {
        // Both paths reach Country.meetings, resolved in one batch; only the second asks for the total.
        JsonPath response = data("""
                { ru: country(code: "RU") { meetings(first: 1) { edges { node { title } } } }
                  fr: country(code: "FR") { meetings(first: 1) { totalCount edges { node { title } } } } }""");
        assertEquals(meetingsOf("FR"), response.getInt("data.fr.meetings.totalCount"));
        assertEquals(1, response.getList("data.ru.meetings.edges").size());
    }

    private static int meetingsOf(String code) {
        return data("query($code: String!) { meetings(filter: { countryCodes: [$code] }) { totalCount } }", "code", code)
                .getInt("data.meetings.totalCount");
    }

    /** The NAME_ASC cursor of the country with this name, read from the list itself. */
    private static String cursorOf(String name) {
        JsonPath response = data("""
                query($name: String) { countries(filter: { nameContains: $name }, first: 100) { edges { cursor node { name } } } }""",
                "name", name);
        List<String> names = response.getList("data.countries.edges.node.name");
        return response.getString("data.countries.edges[" + names.indexOf(name) + "].cursor");
    }
}
