package io.entente.live;

import static io.entente.graphql.GraphQLClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.live.LiveClient.Operation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Live subscriptions over WebSocket, fed by writes committed on another database connection (plain JDBC, as another
 * replica or the import command would write): what is delivered, to whom, and what never is.
 */
@QuarkusTest
class LiveSubscriptionsTest {

    private static final String MEETINGS = """
            subscription($codes: [String!]) {
              meetingRecorded(countryCodes: $codes) {
                id title startDate format city
                hostCountry { alpha2 }
                countries { alpha2 name }
              }
            }
            """;
    private static final String EVENTS = """
            subscription($codes: [String!]) {
              eventRecorded(countryCodes: $codes) { id title occurredOn kind countries { alpha3 } }
            }
            """;
    private static final String REGIMES = """
            subscription($issuer: String, $target: String) {
              sanctionRegimeChanged(issuerCode: $issuer, targetCode: $target) {
                name status inForce
                issuer { ... on Country { alpha2 } ... on Bloc { code } }
                target { alpha2 }
                history { status }
              }
            }
            """;
    private static final String MEETING_BY_ID = "query($id: ID!) { meeting(id: $id) { title city } }";
    private static final String SUBSCRIPTION_TYPE = """
            { __type(name: "Subscription") { fields { name type { ...T } args { name type { ...T } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;

    @TestHTTPResource("/graphql")
    URL graphql;

    private final LiveFixtures fixtures = new LiveFixtures();

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
    }

    @Test
    void aMeetingCommittedByAnotherConnectionIsDeliveredWithItsFields() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            Operation between = client.subscribe(MEETINGS, "codes", List.of("tv", "NRU"));
            Operation all = client.subscribe(MEETINGS);
            between.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));
            all.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));

            fixtures.commitMeeting("Live summit in Funafuti", "TV", "NR");

            JsonObject meeting = between.nextData().getJsonObject("meetingRecorded");
            assertEquals("Live summit in Funafuti", meeting.getString("title"));
            assertEquals("2026-01-15", meeting.getString("startDate"));
            assertEquals("SUMMIT", meeting.getString("format"));
            assertEquals("Funafuti", meeting.getString("city"));
            assertEquals("TV", meeting.getJsonObject("hostCountry").getString("alpha2"));
            assertEquals(new JsonArray().add(new JsonObject().put("alpha2", "NR").put("name", "Nauru"))
                    .add(new JsonObject().put("alpha2", "TV").put("name", "Tuvalu")), meeting.getJsonArray("countries"));
            assertEquals("Funafuti", data(MEETING_BY_ID, "id", meeting.getString("id")).getString("data.meeting.city"));
            assertEquals(meeting, all.nextData().getJsonObject("meetingRecorded"));
        }
    }

    @Test
    void aMeetingWhoseTransactionRolledBackIsNeverAnnounced() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            Operation meetings = client.subscribe(MEETINGS, "codes", List.of("TV"));
            meetings.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));

            fixtures.rollBackMeeting("Live rolled back", "TV", "NR");
            fixtures.commitMeeting("Live committed", "TV", "NR");

            assertEquals("Live committed", meetings.nextData().getJsonObject("meetingRecorded").getString("title"));
        }
    }

    @Test
    void onlyMeetingsInvolvingAllTheGivenCountriesAreDelivered() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            Operation meetings = client.subscribe(MEETINGS, "codes", List.of("TV", "NR"));
            meetings.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));

            fixtures.commitMeeting("Live Tuvalu and Kiribati", "TV", "KI");
            fixtures.commitMeeting("Live Nauru and Palau", "NR", "PW");
            fixtures.commitMeeting("Live Tuvalu, Nauru and Kiribati", "TV", "NR", "KI");

            assertEquals("Live Tuvalu, Nauru and Kiribati", meetings.nextData().getJsonObject("meetingRecorded").getString("title"));
        }
    }

    @Test
    void eventsAreDeliveredAsTheyAreRecorded() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            Operation events = client.subscribe(EVENTS, "codes", List.of("KIR"));
            events.awaitDelivering(probe -> fixtures.commitEvent(probe, "KI"));

            fixtures.commitEvent("Live fisheries accord between Tuvalu and Palau", "TV", "PW");
            fixtures.commitEvent("Live fisheries accord between Kiribati and Nauru", "KI", "NR");

            JsonObject event = events.nextData().getJsonObject("eventRecorded");
            assertEquals("Live fisheries accord between Kiribati and Nauru", event.getString("title"));
            assertEquals("2026-02-01", event.getString("occurredOn"));
            assertEquals("AGREEMENT", event.getString("kind"));
            assertEquals(new JsonArray().add(new JsonObject().put("alpha3", "KIR")).add(new JsonObject().put("alpha3", "NRU")),
                    event.getJsonArray("countries"));
        }
    }

    @Test
    void sanctionRegimesAreDeliveredWhenCreatedAndWhenTheirHistoryChanges() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            Operation byTuvalu = client.subscribe(REGIMES, "issuer", "tuv", "target", "nr");
            Operation byTheEu = client.subscribe(REGIMES, "issuer", "eu");
            byTuvalu.awaitDelivering(probe -> fixtures.commitRegime(probe, "TV", "NR"));
            byTheEu.awaitDelivering(probe -> fixtures.commitRegime(probe, "EU", "NR"));

            fixtures.commitRegime("Live regime on Tuvalu", "NR", "TV");
            fixtures.commitRegime("Live regime on Nauru", "TV", "NR");
            JsonObject created = byTuvalu.nextData().getJsonObject("sanctionRegimeChanged");
            assertEquals("Live regime on Nauru", created.getString("name"));
            assertEquals("ADOPTED", created.getString("status"));
            assertEquals("TV", created.getJsonObject("issuer").getString("alpha2"));
            assertEquals("NR", created.getJsonObject("target").getString("alpha2"));

            fixtures.commitStatusChange("Live regime on Nauru", "SUSPENDED");
            JsonObject suspended = byTuvalu.nextData().getJsonObject("sanctionRegimeChanged");
            assertEquals("SUSPENDED", suspended.getString("status"));
            assertFalse(suspended.getBoolean("inForce"));
            assertEquals(new JsonArray().add(new JsonObject().put("status", "SUSPENDED")), suspended.getJsonArray("history"));

            fixtures.commitRegime("Live regime of the EU", "EU", "PW");
            JsonObject ofTheEu = byTheEu.nextData().getJsonObject("sanctionRegimeChanged");
            assertEquals("Live regime of the EU", ofTheEu.getString("name"));
            assertEquals("EU", ofTheEu.getJsonObject("issuer").getString("code"));
        }
    }

    @Test
    void malformedAndUnknownCodesAreBadUserInput() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            assertBadInput(client.subscribe(MEETINGS, "codes", List.of("TV", "T1")), "\"T1\" is not an ISO 3166-1");
            assertBadInput(client.subscribe(EVENTS, "codes", List.of("TV", "zz")), "Unknown country code ZZ.");
            assertBadInput(client.subscribe(REGIMES, "target", "Nauru"), "\"Nauru\" is not an ISO 3166-1");
            assertBadInput(client.subscribe(REGIMES, "issuer", "XYZ"), "No country or bloc has the code XYZ.");
        }
    }

    @Test
    void afterALostDatabaseConnectionSubscriptionsEndAndNewOnesAreServed() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            Operation before = client.subscribe(MEETINGS, "codes", List.of("TV"));
            before.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));

            fixtures.terminateListener();

            JsonObject error = before.awaitErrors().getJsonObject(0);
            assertEquals("CONFLICT", error.getJsonObject("extensions").getString("code"), error::encode);
            Operation after = client.subscribe(MEETINGS, "codes", List.of("TV"));
            after.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));
            fixtures.commitMeeting("Live after reconnection", "TV", "NR");
            assertEquals("Live after reconnection", after.nextData().getJsonObject("meetingRecorded").getString("title"));
        }
    }

    @Test
    void theSchemaDeclaresTheThreeSubscriptions() {
        List<Map<String, Object>> fields = data(SUBSCRIPTION_TYPE).getList("data.__type.fields");
        Map<String, String> signatures = new TreeMap<>();
        for (Map<String, Object> field : fields) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
            signatures.put((String) field.get("name"), args.stream()
                    .map(arg -> arg.get("name") + ": " + typeOf(arg.get("type")))
                    .collect(Collectors.joining(", ", "(", "): ")) + typeOf(field.get("type")));
        }
        assertEquals(Map.of(
                "eventRecorded", "(countryCodes: [String!]): Event",
                "meetingRecorded", "(countryCodes: [String!]): Meeting",
                "sanctionRegimeChanged", "(issuerCode: String, targetCode: String): SanctionRegime"), signatures);
    }

    @SuppressWarnings("unchecked")
    private static String typeOf(Object type) {
        Map<String, Object> t = (Map<String, Object>) type;
        return switch ((String) t.get("kind")) {
            case "NON_NULL" -> typeOf(t.get("ofType")) + "!";
            case "LIST" -> "[" + typeOf(t.get("ofType")) + "]";
            default -> (String) t.get("name");
        };
    }

    private static void assertBadInput(Operation operation, String message) {
        JsonObject error = operation.awaitErrors().getJsonObject(0);
        assertEquals("BAD_USER_INPUT", error.getJsonObject("extensions").getString("code"), error::encode);
        assertTrue(error.getString("message").contains(message), error::encode);
    }
}
