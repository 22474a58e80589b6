package io.entente.graphql;

import static io.entente.graphql.GraphQLClient.data;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Nested fields are batched: the SQL statements of a request depend on the query's shape, not on the rows. */
@QuarkusTest
class BatchingTest {

    private static final Pattern STATEMENTS = Pattern.compile("(?m)^entente_sql_statements_total (\\S+)");

    private static final String THREE_LEVELS = """
            query($first: Int) {
              meetings(filter: { countryCodes: ["TV", "NR"] }, first: $first) {
                edges { node {
                  title
                  participants {
                    role
                    official { fullName positions { title } }
                  }
                } }
              }
            }""";

    // Eight sibling nested fields on every country of the page.
    private static final String WIDE = """
            query($first: Int) {
              countries(first: $first) {
                edges { node {
                  alpha2
                  officials { fullName }
                  blocs { code }
                  memberships { since }
                  meetings(first: 2) { totalCount edges { node { title } } }
                  hostedMeetings(first: 2) { totalCount }
                  events(first: 2) { edges { node { title } } }
                  sanctionsImposed { name }
                  sanctionsReceived { name }
                } }
              }
            }""";

    private final Fixtures fixtures = new Fixtures();

    @AfterEach
    void removeFixtures() {
        fixtures.removeMeetings();
    }

    @Test
    void aThreeLevelQueryCostsOneStatementPerLevelAtAnySize() {
        fixtures.addMeetings(5);
        long small = statementsFor(THREE_LEVELS, 5);
        fixtures.removeMeetings();
        fixtures.addMeetings(50);
        long large = statementsFor(THREE_LEVELS, 50);

        assertEquals(small, large, "statements for 5 and for 50 meetings");
        // meetings, participants with their officials (joined), positions
        assertEquals(3, large);
    }

    @Test
    void theThreeLevelQueryReturnsEveryRowOfTheLargerFixture() {
        fixtures.addMeetings(50);
        JsonPath response = data(THREE_LEVELS, "first", 50);
        List<Object> meetings = response.getList("data.meetings.edges");
        assertEquals(50, meetings.size());
        for (int i = 0; i < 50; i++) {
            String node = "data.meetings.edges[" + i + "].node";
            assertEquals(2, response.getList(node + ".participants").size());
            assertEquals(List.of("Fixture envoy", "Fixture minister"),
                    response.getList(node + ".participants[0].official.positions.title"));
        }
    }

    @Test
    void eightSiblingFieldsCostOneStatementEachWhateverTheNumberOfParents() {
        long ten = statementsFor(WIDE, 10);
        long hundred = statementsFor(WIDE, 100);
        assertEquals(ten, hundred, "statements for 10 and for 100 countries");
        // countries, then one per nested field
        assertEquals(9, hundred);
    }

    @Test
    void auditFieldsAreReadWhereverTheQueryAsksForThemInABatch() {
        // One batch serves Country.meetings on both paths and Meeting.participants below them; only the second
        // path shows audit fields, which batches otherwise leave unread.
        JsonPath response = data("""
                { ru: country(code: "RU") { meetings(first: 2) { edges { node { title participants { official { fullName } } } } } }
                  fr: country(code: "FR") { meetings(first: 2) { edges { node { title version createdBy
                    participants { official { fullName version updatedBy } } } } } } }""");
        assertEquals(List.of(1, 1), response.getList("data.fr.meetings.edges.node.version"));
        assertEquals(List.of("system", "system"), response.getList("data.fr.meetings.edges.node.createdBy"));
        List<Object> officials = response.getList("data.fr.meetings.edges.node.participants.official.flatten()");
        assertTrue(officials.size() > 1);
        for (Object official : officials) {
            assertEquals(1, ((java.util.Map<?, ?>) official).get("version"));
            assertEquals("system", ((java.util.Map<?, ?>) official).get("updatedBy"));
        }
        assertEquals(2, response.getList("data.ru.meetings.edges").size());
    }

    private long statementsFor(String document, int first) {
        long before = statementsSoFar();
        JsonPath response = data(document, "first", first);
        long after = statementsSoFar();
        assertEquals(first, response.getList(document.contains("meetings(filter") ? "data.meetings.edges" : "data.countries.edges").size());
        return after - before;
    }

    /** The application's statement counter, read where operators read it: {@code entente_sql_statements_total}. */
    static long statementsSoFar() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher counter = STATEMENTS.matcher(metrics);
        if (!counter.find()) {
            throw new AssertionError("no entente_sql_statements_total in /q/metrics");
        }
        return (long) Double.parseDouble(counter.group(1));
    }
}
