package io.entente.sanction;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Writing sanction regimes: the regime with its lists, the input rules, the steps of its life, designations on
 * their own. Every regime is Canada's against Myanmar, named uniquely, and deleted after the test with the sources
 * it cited, so that the read tests over the sample's regimes see what they expect.
 */
@QuarkusTest
class SanctionMutationsTest {

    private static final String REGIME = """
            fragment Regime on SanctionRegime {
              id name version status inForce adoptedOn legalBasis description liftingConditions createdBy updatedBy
              issuer { __typename ... on Country { alpha2 } ... on Bloc { code } }
              target { alpha2 }
              measures { measure description }
              designations { id version listedOn delistedOn reason official { id fullName } regime { name } }
              history { status changedOn inForceUntil note }
              triggeringEvents { id title }
              sources { url title }
            }
            """;
    private static final String CREATE = """
            mutation ($input: SanctionRegimeInput!) { createSanctionRegime(input: $input) { ...Regime } }
            """ + REGIME;
    private static final String UPDATE = """
            mutation ($id: ID!, $version: Int!, $input: SanctionRegimeInput!) {
              updateSanctionRegime(id: $id, version: $version, input: $input) { ...Regime }
            }
            """ + REGIME;
    private static final String DELETE = "mutation ($id: ID!, $version: Int!) { deleteSanctionRegime(id: $id, version: $version) }";
    private static final String READ = """
            query ($id: ID!) { sanctionRegime(id: $id) { ...Regime } }
            """ + REGIME;
    private static final String RENEW = """
            mutation ($id: ID!, $version: Int!, $on: Date!, $until: Date, $note: String) {
              renewSanctionRegime(id: $id, version: $version, on: $on, until: $until, note: $note) { ...Regime }
            }
            """ + REGIME;
    private static final String EXTEND = """
            mutation ($id: ID!, $version: Int!, $on: Date!, $until: Date, $measures: [SanctionMeasureInput!]) {
              extendSanctionRegime(id: $id, version: $version, on: $on, until: $until, measures: $measures) { ...Regime }
            }
            """ + REGIME;
    private static final String SUSPEND = """
            mutation ($id: ID!, $version: Int!, $on: Date!, $note: String) {
              suspendSanctionRegime(id: $id, version: $version, on: $on, note: $note) { ...Regime }
            }
            """ + REGIME;
    private static final String LIFT = """
            mutation ($id: ID!, $version: Int!, $on: Date!, $note: String) {
              liftSanctionRegime(id: $id, version: $version, on: $on, note: $note) { ...Regime }
            }
            """ + REGIME;
    private static final String DESIGNATION = """
            fragment Designation on Designation { id version listedOn delistedOn reason official { fullName } regime { id version } }
            """;
    private static final String CREATE_DESIGNATION = """
            mutation ($regimeId: ID!, $input: DesignationInput!) { createDesignation(regimeId: $regimeId, input: $input) { ...Designation } }
            """ + DESIGNATION;
    private static final String UPDATE_DESIGNATION = """
            mutation ($id: ID!, $version: Int!, $input: DesignationInput!) {
              updateDesignation(id: $id, version: $version, input: $input) { ...Designation }
            }
            """ + DESIGNATION;
    private static final String DELETE_DESIGNATION = "mutation ($id: ID!, $version: Int!) { deleteDesignation(id: $id, version: $version) }";

    private static final String MH17 = "MH17 shot down over eastern Ukraine";
    private static final String KERCH = "Kerch Strait incident";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        for (String id : created) {
            JsonPath regime = query("query ($id: ID!) { sanctionRegime(id: $id) { version sources { id version } } }", "id", id);
            if (regime.get("data.sanctionRegime") == null) {
                continue;
            }
            dataAs(TestTokens.admin(), DELETE, "id", id, "version", regime.getInt("data.sanctionRegime.version"));
            List<Map<String, Object>> sources = regime.getList("data.sanctionRegime.sources");
            for (Map<String, Object> source : sources) {
                dataAs(TestTokens.admin(), "mutation ($id: ID!, $version: Int!) { deleteSource(id: $id, version: $version) }",
                        "id", source.get("id"), "version", source.get("version"));
            }
        }
    }

    @Test
    void anEditorRecordsARegimeWithMeasuresDesignationsEventsAndSources() {
        Map<String, Object> input = regime("full");
        input.put("inForceUntil", "2021-01-10");
        input.put("description", "Asset freezes and travel bans on those responsible.");
        input.put("liftingConditions", "Release of political prisoners.");
        input.put("measures", List.of(measure("ASSET_FREEZE", "Funds of listed persons"), measure("TRAVEL_BAN", null)));
        input.put("designations", List.of(
                designation(official("Trump"), "2020-02-01", null, "First listing"),
                designation(official("Hollande"), "2020-01-10", "2020-06-01", null),
                designation(official("Trump"), "2020-01-10", "2020-02-01", "Listed and delisted before")));
        input.put("triggeringEventIds", List.of(event(MH17), event(KERCH)));
        input.put("sources", List.of(source("act")));

        JsonPath answer = dataAs(TestTokens.editor("ana"), CREATE, "input", input);
        String id = remember(answer.getString("data.createSanctionRegime.id"));

        for (JsonPath read : List.of(answer, data(READ, "id", id))) {
            String regime = read.get("data.createSanctionRegime") != null ? "data.createSanctionRegime" : "data.sanctionRegime";
            assertEquals(name("full"), read.getString(regime + ".name"));
            assertEquals(1, read.getInt(regime + ".version"));
            assertEquals("ana", read.getString(regime + ".createdBy"));
            assertEquals("ADOPTED", read.getString(regime + ".status"));
            assertTrue(read.getBoolean(regime + ".inForce"));
            assertEquals("2020-01-10", read.getString(regime + ".adoptedOn"));
            assertEquals("Council act 1", read.getString(regime + ".legalBasis"));
            assertEquals("Release of political prisoners.", read.getString(regime + ".liftingConditions"));
            assertEquals(Map.of("__typename", "Country", "alpha2", "CA"), read.getMap(regime + ".issuer"));
            assertEquals("MM", read.getString(regime + ".target.alpha2"));
            assertEquals(List.of(Map.of("measure", "ASSET_FREEZE", "description", "Funds of listed persons"),
                    nullable("measure", "TRAVEL_BAN", "description", null)), read.getList(regime + ".measures"));
            assertEquals(List.of("2020-01-10", "2020-01-10", "2020-02-01"), read.getList(regime + ".designations.listedOn"));
            assertEquals(List.of("Donald Trump", "François Hollande", "Donald Trump"),
                    read.getList(regime + ".designations.official.fullName"));
            assertEquals(official("Trump"), read.getString(regime + ".designations[0].official.id"));
            assertEquals("2020-02-01", read.getString(regime + ".designations[0].delistedOn"));
            assertEquals("Listed and delisted before", read.getString(regime + ".designations[0].reason"));
            assertEquals(name("full"), read.getString(regime + ".designations[2].regime.name"));
            assertEquals(List.of(nullable("status", "ADOPTED", "changedOn", "2020-01-10", "inForceUntil", "2021-01-10", "note", null)),
                    read.getList(regime + ".history"));
            assertEquals(List.of(MH17, KERCH), read.getList(regime + ".triggeringEvents.title"));
            assertEquals(List.of(url("act")), read.getList(regime + ".sources.url"));
        }
        JsonPath canada = data("{ country(code: \"CA\") { sanctionsImposed { id } } }");
        assertThat(canada.getList("data.country.sanctionsImposed.id"), hasItem(id));
    }

    @Test
    void aCodeOfACountrysFormThatNoCountryHasNamesTheBloc() {
        Map<String, Object> input = regime("bloc");
        input.put("issuerCode", "eu");
        input.remove("measures");
        JsonPath answer = dataAs(TestTokens.editor(), CREATE, "input", input);
        remember(answer.getString("data.createSanctionRegime.id"));

        assertEquals(Map.of("__typename", "Bloc", "code", "EU"), answer.getMap("data.createSanctionRegime.issuer"));
        assertEquals(List.of(), answer.getList("data.createSanctionRegime.measures"));
        assertEquals(List.of(), answer.getList("data.createSanctionRegime.designations"));
    }

    @Test
    void issuerAndTargetMustBeKnownAndDiffer() {
        assertRejected(with(regime("issuer"), "issuerCode", "XQ"), "input.issuerCode", "no country or bloc has the code XQ");
        assertRejected(with(regime("issuer"), "issuerCode", "NOBLOC"), "input.issuerCode", "NOBLOC");
        assertRejected(with(regime("target"), "targetCode", "XQ"), "input.targetCode", "XQ");
        assertRejected(with(regime("self"), "issuerCode", "MMR"), "input.targetCode", "cannot sanction itself");
    }

    @Test
    void fieldsMustFitTheRecord() {
        assertRejected(with(regime("long"), "name", "N".repeat(501)), "input.name", "size");
        assertRejected(with(regime("blank"), "legalBasis", " "), "input.legalBasis", "blank");
        assertRejected(with(regime("until"), "inForceUntil", "2020-01-10"), "input.inForceUntil", "after adoptedOn");
        assertRejected(with(regime("measures"), "measures", List.of(measure("TRAVEL_BAN", null), measure("TRAVEL_BAN", "again"))),
                "input.measures[1].measure", "repeats measures[0]");
        assertRejected(with(regime("sources"), "sources", List.of(source("ok"), Map.of("url", "ftp://x", "publisher", "P",
                "title", "T"))), "input.sources[1].url", "http");
    }

    @Test
    void designationsMustBeWithinTheRegimesLifeAndNotOverlap() {
        String trump = official("Trump");
        assertRejected(with(regime("delisted"), "designations", List.of(designation(trump, "2020-03-01", "2020-03-01", null))),
                "input.designations[0].delistedOn", "after listedOn");
        assertRejected(with(regime("early"), "designations", List.of(designation(trump, "2019-12-31", null, null))),
                "input.designations[0].listedOn", "adoptedOn");
        assertRejected(with(regime("twice"), "designations", List.of(designation(official("Parly"), "2020-03-01", null, null),
                designation(trump, "2020-03-01", null, null), designation(trump, "2020-03-01", null, null))),
                "input.designations[2].listedOn", "overlaps designations[1]");
        assertRejected(with(regime("reason"), "designations", List.of(designation(trump, "2020-03-01", null, "R".repeat(4001)))),
                "input.designations[0].reason", "size");
    }

    @Test
    void triggeringEventsMustExistAndBeDistinct() {
        String mh17 = event(MH17);
        assertRejected(with(regime("events"), "triggeringEventIds", List.of(mh17, event(KERCH), mh17)),
                "input.triggeringEventIds[2]", "repeats triggeringEventIds[0]");
        assertRejected(with(regime("unknown event"), "triggeringEventIds", List.of(GlobalId.of("Event", 999_999_999L))),
                "input.triggeringEventIds[0]", "no Event has the id");
        assertRejected(with(regime("not an event"), "triggeringEventIds", List.of(official("Trump"))),
                "input.triggeringEventIds[0]", "not of an Event");
    }

    @Test
    void aRegimeWhoseThirdDesignationNamesAnUnknownOfficialIsNotRecordedAtAll() {
        Map<String, Object> input = regime("atomic");
        input.put("measures", List.of(measure("ARMS_EMBARGO", null)));
        input.put("triggeringEventIds", List.of(event(MH17)));
        input.put("designations", List.of(designation(official("Trump"), "2020-02-01", null, null),
                designation(official("Hollande"), "2020-02-01", null, null),
                designation(GlobalId.of("Official", 999_999_999L), "2020-02-01", null, null)));

        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", input);

        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertEquals("input.designations[2].officialId", answer.getString("errors[0].extensions.field"));
        assertNull(answer.get("data"));
        assertEquals(List.of(), regimesNamed(name("atomic")));
    }

    @Test
    void renewingSuspendingExtendingAndLiftingMakeTheRegimesHistory() {
        String id = create("life", regime("life"));

        JsonPath renewed = dataAs(TestTokens.editor("bo"), RENEW, "id", id, "version", 1, "on", "2020-07-10", "until", "2021-01-31",
                "note", "Prolonged for six months");
        assertEquals("RENEWED", renewed.getString("data.renewSanctionRegime.status"));
        assertEquals(2, renewed.getInt("data.renewSanctionRegime.version"));
        assertEquals("bo", renewed.getString("data.renewSanctionRegime.updatedBy"));

        JsonPath suspended = dataAs(TestTokens.editor(), SUSPEND, "id", id, "version", 2, "on", "2020-09-01");
        assertEquals("SUSPENDED", suspended.getString("data.suspendSanctionRegime.status"));
        assertFalse(suspended.getBoolean("data.suspendSanctionRegime.inForce"));

        JsonPath resumed = dataAs(TestTokens.editor(), RENEW, "id", id, "version", 3, "on", "2020-12-01");
        assertEquals("RENEWED", resumed.getString("data.renewSanctionRegime.status"));
        assertTrue(resumed.getBoolean("data.renewSanctionRegime.inForce"));

        JsonPath extended = dataAs(TestTokens.editor(), EXTEND, "id", id, "version", 4, "on", "2020-12-01",
                "measures", List.of(measure("ARMS_EMBARGO", "Arms and related materiel"), measure("ASSET_FREEZE", "Widened to firms")));
        assertEquals("EXTENDED", extended.getString("data.extendSanctionRegime.status"));
        assertEquals(List.of(measure("ARMS_EMBARGO", "Arms and related materiel"), measure("ASSET_FREEZE", "Widened to firms"),
                measure("TRAVEL_BAN", "Entry bans")), extended.getList("data.extendSanctionRegime.measures"));

        JsonPath lifted = dataAs(TestTokens.editor(), LIFT, "id", id, "version", 5, "on", "2021-06-01", "note", "Conditions met");
        String regime = "data.liftSanctionRegime";
        assertEquals("LIFTED", lifted.getString(regime + ".status"));
        assertFalse(lifted.getBoolean(regime + ".inForce"));
        assertEquals(6, lifted.getInt(regime + ".version"));
        assertEquals(List.of("ADOPTED", "RENEWED", "SUSPENDED", "RENEWED", "EXTENDED", "LIFTED"), lifted.getList(regime + ".history.status"));
        assertEquals(List.of("2020-01-10", "2020-07-10", "2020-09-01", "2020-12-01", "2020-12-01", "2021-06-01"),
                lifted.getList(regime + ".history.changedOn"));
        assertEquals("2021-01-31", lifted.getString(regime + ".history[1].inForceUntil"));
        assertEquals("Prolonged for six months", lifted.getString(regime + ".history[1].note"));
        assertEquals("Conditions met", lifted.getString(regime + ".history[5].note"));

        JsonPath timeline = data("""
                query ($codes: [String!]!) {
                  timeline(countryCodes: $codes, from: "2021-06-01", to: "2021-06-01") {
                    __typename ... on SanctionStatusChange { status changedOn note regime { id name } }
                  }
                }
                """, "codes", List.of("MM"));
        assertThat(timeline.getList("data.timeline"), hasItem(Map.of("__typename", "SanctionStatusChange", "status", "LIFTED",
                "changedOn", "2021-06-01", "note", "Conditions met", "regime", Map.of("id", id, "name", name("life")))));
        assertEquals("LIFTED", data("query ($id: ID!) { sanctionRegime(id: $id) { status } }", "id", id)
                .getString("data.sanctionRegime.status"));
    }

    @Test
    void nothingFollowsALifting() {
        String id = create("lifted", regime("lifted"));
        dataAs(TestTokens.editor(), LIFT, "id", id, "version", 1, "on", "2020-03-01");

        assertBadInput(queryAs(TestTokens.editor(), LIFT, "id", id, "version", 2, "on", "2020-04-01"), "id", "lifted on 2020-03-01");
        assertBadInput(queryAs(TestTokens.editor(), RENEW, "id", id, "version", 2, "on", "2020-04-01"), "id", "lifted");
        assertBadInput(queryAs(TestTokens.editor(), SUSPEND, "id", id, "version", 2, "on", "2020-04-01"), "id", "lifted");
        assertBadInput(queryAs(TestTokens.editor(), EXTEND, "id", id, "version", 2, "on", "2020-04-01"), "id", "lifted");
        assertEquals(2, data(READ, "id", id).getInt("data.sanctionRegime.version"));
    }

    @Test
    void stepsComeInDateOrderAndSuitTheRegimesStatus() {
        String id = create("order", regime("order"));
        assertBadInput(queryAs(TestTokens.editor(), RENEW, "id", id, "version", 1, "on", "2020-01-09"), "on", "adoption (2020-01-10)");
        assertBadInput(queryAs(TestTokens.editor(), RENEW, "id", id, "version", 1, "on", "2020-02-01", "until", "2020-02-01"),
                "until", "after on");
        assertBadInput(queryAs(TestTokens.editor(), RENEW, "id", id, "version", 1, "on", "2020-02-01", "note", "N".repeat(2001)),
                "note", "size");
        assertBadInput(queryAs(TestTokens.editor(), EXTEND, "id", id, "version", 1, "on", "2020-02-01",
                "measures", List.of(measure("SECTORAL", null), measure("SECTORAL", null))), "measures[1].measure", "repeats");
        assertBadInput(queryAs(TestTokens.editor(), """
                mutation ($id: ID!, $measures: [SanctionMeasureInput]) {
                  extendSanctionRegime(id: $id, version: 1, on: "2020-02-01", measures: $measures) { id }
                }
                """, "id", id, "measures", Arrays.asList(measure("SECTORAL", null), null)), "measures[1]", "must not be null");

        dataAs(TestTokens.editor(), SUSPEND, "id", id, "version", 1, "on", "2020-03-01");
        assertBadInput(queryAs(TestTokens.editor(), RENEW, "id", id, "version", 2, "on", "2020-02-28"), "on",
                "latest step (SUSPENDED on 2020-03-01)");
        assertBadInput(queryAs(TestTokens.editor(), SUSPEND, "id", id, "version", 2, "on", "2020-03-02"), "id", "suspended since");
        assertBadInput(queryAs(TestTokens.editor(), EXTEND, "id", id, "version", 2, "on", "2020-03-02"), "id", "renew it");

        dataAs(TestTokens.editor(), RENEW, "id", id, "version", 2, "on", "2020-03-05");
        assertBadInput(queryAs(TestTokens.editor(), RENEW, "id", id, "version", 3, "on", "2020-03-05"), "on", "already renewed");
        assertEquals(List.of("ADOPTED", "SUSPENDED", "RENEWED"), data(READ, "id", id).getList("data.sanctionRegime.history.status"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = create("stale", regime("stale"));
        dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", with(regime("stale"), "legalBasis", "Council act 2"));

        assertCode("CONFLICT", queryAs(TestTokens.editor(), UPDATE, "id", id, "version", 1,
                "input", with(regime("stale"), "legalBasis", "Council act 3")));
        assertCode("CONFLICT", queryAs(TestTokens.editor(), RENEW, "id", id, "version", 1, "on", "2020-05-01"));
        assertCode("CONFLICT", queryAs(TestTokens.admin(), DELETE, "id", id, "version", 1));
        JsonPath now = data(READ, "id", id);
        assertEquals(2, now.getInt("data.sanctionRegime.version"));
        assertEquals("Council act 2", now.getString("data.sanctionRegime.legalBasis"));
        assertEquals(List.of("ADOPTED"), now.getList("data.sanctionRegime.history.status"));
        assertCode("NOT_FOUND", queryAs(TestTokens.editor(), RENEW, "id", GlobalId.of("SanctionRegime", 999_999_999L),
                "version", 1, "on", "2020-05-01"));
    }

    @Test
    void anUpdateReplacesTheListsGivenAndKeepsThoseLeftNull() {
        Map<String, Object> input = regime("update");
        input.put("designations", List.of(designation(official("Trump"), "2020-02-01", null, null)));
        input.put("triggeringEventIds", List.of(event(MH17)));
        input.put("sources", List.of(source("first")));
        String id = create("update", input);

        Map<String, Object> replacement = regime("update");
        replacement.put("adoptedOn", "2020-01-05");
        replacement.put("inForceUntil", "2020-12-31");
        replacement.put("measures", List.of(measure("IMPORT_BAN", "Jade and rubies")));
        replacement.put("triggeringEventIds", List.of(event(KERCH)));
        JsonPath updated = dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", replacement);

        String regime = "data.updateSanctionRegime";
        assertEquals(2, updated.getInt(regime + ".version"));
        assertEquals(List.of("IMPORT_BAN"), updated.getList(regime + ".measures.measure"));
        assertEquals(List.of(KERCH), updated.getList(regime + ".triggeringEvents.title"));
        assertEquals(List.of("Donald Trump"), updated.getList(regime + ".designations.official.fullName"), "null keeps them");
        assertEquals(List.of(url("first")), updated.getList(regime + ".sources.url"), "null keeps them");
        assertEquals(List.of(nullable("status", "ADOPTED", "changedOn", "2020-01-05", "inForceUntil", "2020-12-31", "note", null)),
                updated.getList(regime + ".history"), "the adoption moves with adoptedOn");

        assertRejected(UPDATE, id, 2, with(regime("update"), "adoptedOn", "2020-02-02"), "input.adoptedOn", "first listing (2020-02-01)");
        dataAs(TestTokens.editor(), RENEW, "id", id, "version", 2, "on", "2020-03-01");
        Map<String, Object> late = with(regime("update"), "adoptedOn", "2020-03-02");
        late.put("designations", List.of());
        assertRejected(UPDATE, id, 3, late, "input.adoptedOn", "first step after adoption (2020-03-01)");
        assertEquals(List.of("Donald Trump"), data(READ, "id", id).getList("data.sanctionRegime.designations.official.fullName"));
    }

    @Test
    void deletingARegimeNeedsAdminAndTakesItsHistoryAndDesignations() {
        Map<String, Object> input = regime("delete");
        input.put("designations", List.of(designation(official("Trump"), "2020-02-01", null, null)));
        String id = create("delete", input);
        String designation = data(READ, "id", id).getString("data.sanctionRegime.designations[0].id");

        assertCode("UNAUTHENTICATED", query(DELETE, "id", id, "version", 1));
        assertCode("FORBIDDEN", queryAs(TestTokens.editor(), DELETE, "id", id, "version", 1));
        assertEquals(id, dataAs(TestTokens.admin(), DELETE, "id", id, "version", 1).getString("data.deleteSanctionRegime"));

        assertCode("NOT_FOUND", query(READ, "id", id));
        assertNull(query("query ($id: ID!) { node(id: $id) { id } }", "id", designation).get("data.node"));
        assertCode("NOT_FOUND", queryAs(TestTokens.admin(), DELETE, "id", id, "version", 1));
    }

    @Test
    void readersMayNotWrite() {
        assertCode("UNAUTHENTICATED", query(CREATE, "input", regime("anonymous")));
        assertCode("FORBIDDEN", queryAs(TestTokens.reader(), CREATE, "input", regime("reader")));
        assertEquals(List.of(), regimesNamed(name("anonymous")));
    }

    @Test
    void designationsAreListedDelistedAndDeletedOnTheirOwn() {
        String id = create("designations", regime("designations"));
        String poroshenko = official("Poroshenko");

        JsonPath listed = dataAs(TestTokens.editor(), CREATE_DESIGNATION, "regimeId", id,
                "input", designation(poroshenko, "2020-04-01", null, "Listed on its own"));
        String designation = listed.getString("data.createDesignation.id");
        assertEquals(1, listed.getInt("data.createDesignation.version"));
        assertEquals("Petro Poroshenko", listed.getString("data.createDesignation.official.fullName"));
        assertEquals(Map.of("id", id, "version", 2), listed.getMap("data.createDesignation.regime"), "the regime counts as changed");
        assertCode("CONFLICT", queryAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", regime("designations")));

        assertBadInput(queryAs(TestTokens.editor(), CREATE_DESIGNATION, "regimeId", id,
                "input", designation(poroshenko, "2020-05-01", null, null)), "input.listedOn", "overlaps");
        assertBadInput(queryAs(TestTokens.editor(), CREATE_DESIGNATION, "regimeId", id,
                "input", designation(poroshenko, "2019-05-01", null, null)), "input.listedOn", "adoption (2020-01-10)");
        assertBadInput(queryAs(TestTokens.editor(), CREATE_DESIGNATION, "regimeId", id,
                "input", designation(GlobalId.of("Official", 999_999_999L), "2020-05-01", null, null)), "input.officialId", "no Official");
        assertCode("NOT_FOUND", queryAs(TestTokens.editor(), CREATE_DESIGNATION, "regimeId", GlobalId.of("SanctionRegime", 999_999_999L),
                "input", designation(poroshenko, "2020-05-01", null, null)));

        JsonPath delisted = dataAs(TestTokens.editor(), UPDATE_DESIGNATION, "id", designation, "version", 1,
                "input", designation(poroshenko, "2020-04-01", "2020-10-01", "Listed on its own"));
        assertEquals("2020-10-01", delisted.getString("data.updateDesignation.delistedOn"));
        assertEquals(2, delisted.getInt("data.updateDesignation.version"));
        assertEquals(3, delisted.getInt("data.updateDesignation.regime.version"));
        assertCode("CONFLICT", queryAs(TestTokens.editor(), UPDATE_DESIGNATION, "id", designation, "version", 1,
                "input", designation(poroshenko, "2020-04-01", "2020-11-01", null)));
        JsonPath relisted = dataAs(TestTokens.editor(), CREATE_DESIGNATION, "regimeId", id,
                "input", designation(poroshenko, "2020-10-01", null, "Listed again"));
        String second = relisted.getString("data.createDesignation.id");

        assertCode("FORBIDDEN", queryAs(TestTokens.editor(), DELETE_DESIGNATION, "id", designation, "version", 2));
        assertCode("CONFLICT", queryAs(TestTokens.admin(), DELETE_DESIGNATION, "id", designation, "version", 1));
        assertEquals(designation, dataAs(TestTokens.admin(), DELETE_DESIGNATION, "id", designation, "version", 2)
                .getString("data.deleteDesignation"));
        assertCode("NOT_FOUND", queryAs(TestTokens.admin(), DELETE_DESIGNATION, "id", designation, "version", 2));

        JsonPath now = data(READ, "id", id);
        assertEquals(List.of(second), now.getList("data.sanctionRegime.designations.id"));
        assertEquals(List.of("2020-10-01"), now.getList("data.sanctionRegime.designations.listedOn"));
        assertEquals(5, now.getInt("data.sanctionRegime.version"));
        JsonPath official = data("query ($id: ID!) { official(id: $id) { designations { id regime { id } } } }", "id", poroshenko);
        assertThat(official.getList("data.official.designations.id"), not(hasItem(designation)));
        assertThat(official.getList("data.official.designations.id"), hasItem(second));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String name(String label) {
        return "Entente test regime " + tag + " " + label;
    }

    private String url(String label) {
        return "https://example.org/entente-test/" + tag + "/" + label;
    }

    private String remember(String id) {
        created.add(id);
        return id;
    }

    private String create(String label, Map<String, Object> input) {
        return remember(dataAs(TestTokens.editor(), CREATE, "input", input).getString("data.createSanctionRegime.id"));
    }

    /** Canada's regime against Myanmar, adopted on 2020-01-10, asset freeze and travel ban. */
    private Map<String, Object> regime(String label) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name(label));
        input.put("issuerCode", "CA");
        input.put("targetCode", "MM");
        input.put("legalBasis", "Council act 1");
        input.put("adoptedOn", "2020-01-10");
        input.put("measures", List.of(measure("ASSET_FREEZE", "Funds"), measure("TRAVEL_BAN", "Entry bans")));
        return input;
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        input.put(field, value);
        return input;
    }

    private static Map<String, Object> measure(String kind, String description) {
        return nullable("measure", kind, "description", description);
    }

    private static Map<String, Object> designation(String officialId, String listedOn, String delistedOn, String reason) {
        return nullable("officialId", officialId, "listedOn", listedOn, "delistedOn", delistedOn, "reason", reason);
    }

    private Map<String, Object> source(String label) {
        return Map.of("url", url(label), "publisher", "Test Gazette", "title", "Act " + label);
    }

    /** A map that, unlike Map.of, may hold nulls (as JSON answers do). */
    private static Map<String, Object> nullable(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String official(String nameContains) {
        return data("query ($name: String!) { officials(filter: { nameContains: $name }) { edges { node { id } } } }",
                "name", nameContains).getString("data.officials.edges[0].node.id");
    }

    private static String event(String title) {
        List<Map<String, Object>> events = data("{ events(first: 100) { edges { node { id title } } } }").getList("data.events.edges.node");
        return events.stream().filter(e -> title.equals(e.get("title"))).map(e -> (String) e.get("id")).findFirst().orElseThrow();
    }

    private static List<Object> regimesNamed(String name) {
        // search takes at most 200 characters; a longer name is found by its beginning
        String text = name.substring(0, Math.min(name.length(), 200));
        return data("query ($text: String!) { search(text: $text, first: 50) { ... on SanctionRegime { name } } }", "text", text)
                .getList("data.search.name").stream().filter(name::equals).toList();
    }

    private void assertRejected(Map<String, Object> input, String field, String mentioned) {
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", input);
        assertBadInput(answer, field, mentioned);
        assertEquals(List.of(), regimesNamed((String) input.get("name")), "nothing is recorded");
    }

    private static void assertRejected(String document, String id, int version, Map<String, Object> input, String field, String mentioned) {
        assertBadInput(queryAs(TestTokens.editor(), document, "id", id, "version", version, "input", input), field, mentioned);
    }

    private static void assertBadInput(JsonPath answer, String field, String mentioned) {
        assertCode("BAD_USER_INPUT", answer);
        assertEquals(field, answer.getString("errors[0].extensions.field"), () -> "errors: " + answer.get("errors"));
        assertThat(answer.getString("errors[0].message"), containsString(mentioned));
    }

    private static void assertCode(String code, JsonPath answer) {
        assertEquals(code, answer.getString("errors[0].extensions.code"), () -> "errors: " + answer.get("errors"));
    }
}
