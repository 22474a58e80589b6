package io.entente.importer;

import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The bulk import: by natural key, idempotent, line by line, streaming over HTTP and as a mutation. */
@QuarkusTest
class ImportTest {

    static final String IMPORT = """
            mutation ($lines: String!) {
              importRecords(jsonLines: $lines) {
                created updated unchanged rejected
                lines { line type naturalKey outcome id errorCode field message }
              }
            }
            """;

    static final String FILE = String.join("\n",
            "{\"type\": \"Country\", \"input\": {\"alpha2\": \"XI\", \"alpha3\": \"XII\", \"name\": \"Testland Import\", \"region\": \"OCEANIA\"}}",
            "{\"type\": \"Official\", \"input\": {\"fullName\": \"Imported Envoy\", \"countryCode\": \"XI\","
                    + " \"positions\": [{\"title\": \"Envoy\", \"kind\": \"AMBASSADOR\", \"startDate\": \"2010-01-01\"}]}}",
            "",
            "{\"type\": \"Meeting\", \"input\": {\"title\": \"Import test talks\", \"startDate\": \"2020-02-02\", \"format\": \"BILATERAL\","
                    + " \"countryCodes\": [\"XI\", \"FR\"],"
                    + " \"participants\": [{\"official\": {\"countryCode\": \"XI\", \"fullName\": \"Imported Envoy\"}, \"role\": \"GUEST\"},"
                    + " {\"official\": {\"countryCode\": \"FR\", \"fullName\": \"Emmanuel Macron\"}, \"role\": \"HOST\"}],"
                    + " \"statements\": [{\"speaker\": {\"countryCode\": \"XI\", \"fullName\": \"Imported Envoy\"}, \"text\": \"Import test words\"}]}}",
            "{\"type\": \"Meeting\", \"input\": {\"title\": \"Import test broken\"",
            "{\"type\": \"Meeting\", \"input\": {\"title\": \"Import test ghost\", \"startDate\": \"2020-02-03\", \"format\": \"BILATERAL\","
                    + " \"participants\": [{\"official\": {\"countryCode\": \"XI\", \"fullName\": \"Nobody\"}, \"role\": \"GUEST\"}]}}",
            "{\"type\": \"Planet\", \"input\": {}}",
            "{\"type\": \"Country\", \"input\": {\"alpha2\": \"XJ\", \"alpha3\": \"XJJ\", \"name\": \"Testland Import 2\", \"region\": \"MARS\"}}",
            "{\"type\": \"Country\", \"input\": {\"alpha2\": \"XK1\", \"alpha3\": \"XKK\", \"name\": \"Testland Import 3\", \"region\": \"EUROPE\"}}",
            "{\"type\": \"Event\", \"input\": {\"title\": \"Import test event\", \"occurredOn\": \"2020-02-04\", \"kind\": \"AGREEMENT\","
                    + " \"countryCodes\": [\"XI\"], \"unknownField\": 1}}");

    @AfterEach
    void removeImported() {
        new Fixtures().run("delete from meeting where title like 'Import test%'; delete from event where title like 'Import test%';"
                + " delete from source where url like 'https://example.org/entente-import-test/%';"
                + " delete from position where official_id in (select id from official where full_name = 'Imported Envoy');"
                + " delete from official where full_name = 'Imported Envoy'; delete from country where name like 'Testland Import%';"
                + " delete from import_record where natural_key like 'XI%' or natural_key like 'Import test%'"
                + " or natural_key like 'https://example.org/entente-import-test/%'");
    }

    private static JsonPath importLines(String lines) {
        return dataAs(TestTokens.editor("importer"), IMPORT, "lines", lines);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        JsonPath first = importLines(FILE);
        String report = "data.importRecords.";
        assertEquals(List.of(1, 2, 4, 5, 6, 7, 8, 9, 10), first.getList(report + "lines.line"), "blank line 3 gets no result");
        assertEquals(List.of("CREATED", "CREATED", "CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"),
                first.getList(report + "lines.outcome"));
        assertEquals(3, first.getInt(report + "created"));
        assertEquals(6, first.getInt(report + "rejected"));
        assertEquals("Import test talks|2020-02-02", first.getString(report + "lines[2].naturalKey"));

        JsonPath meeting = query("query ($id: ID!) { meeting(id: $id) { title participants { official { fullName } }"
                + " statements { text speaker { fullName } } createdBy } }", "id", first.getString(report + "lines[2].id"));
        assertEquals(List.of("Emmanuel Macron", "Imported Envoy"), meeting.getList("data.meeting.participants.official.fullName"));
        assertEquals("Imported Envoy", meeting.getString("data.meeting.statements[0].speaker.fullName"));
        assertEquals("importer", meeting.getString("data.meeting.createdBy"));

        JsonPath second = importLines(FILE);
        assertEquals(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"),
                second.getList(report + "lines.outcome"));
        assertEquals(1, query("query ($id: ID!) { meeting(id: $id) { version } }", "id", first.getString(report + "lines[2].id"))
                .getInt("data.meeting.version"));
    }

    @Test
    void eachRejectedLineSaysWhy() {
        JsonPath report = importLines(FILE);
        String lines = "data.importRecords.lines";
        assertThat(report.getString(lines + "[3].message"), containsString("Not valid JSON"));
        assertEquals("input.participants[0].official", report.getString(lines + "[4].field"));
        assertThat(report.getString(lines + "[4].message"), containsString("no official Nobody (XI) is recorded"));
        assertEquals("type", report.getString(lines + "[5].field"));
        assertThat(report.getString(lines + "[6].message"), containsString("MARS"));
        assertEquals("input.alpha2", report.getString(lines + "[7].field"));
        assertThat(report.getString(lines + "[8].message"), containsString("unknownField"));
        report.getList(lines + ".errorCode").stream().filter(code -> code != null)
                .forEach(code -> assertEquals("BAD_USER_INPUT", code));
        // the rejected meeting left nothing behind
        assertEquals(0, new Fixtures().count("select count(*) from meeting where title = 'Import test ghost'"));
    }

    @Test
    void aChangedLineUpdatesAndAnEditSinceTheLastImportIsOverwritten() {
        importLines(FILE);
        JsonPath changed = importLines(FILE.replace("\"startDate\": \"2010-01-01\"", "\"startDate\": \"2011-01-01\""));
        assertEquals("UPDATED", changed.getString("data.importRecords.lines[1].outcome"));
        assertEquals("UNCHANGED", changed.getString("data.importRecords.lines[0].outcome"));

        String countryId = changed.getString("data.importRecords.lines[0].id");
        dataAs(TestTokens.editor(), "mutation ($id: ID!, $input: CountryInput!) { updateCountry(id: $id, version: 1, input: $input) { id } }",
                "id", countryId, "input", Map.of("alpha2", "XI", "alpha3", "XII", "name", "Testland Import renamed", "region", "OCEANIA"));
        JsonPath again = importLines(FILE);
        assertEquals("UPDATED", again.getString("data.importRecords.lines[0].outcome"), "someone changed it since: the line applies again");
        assertEquals("Testland Import", query("{ country(code: \"XI\") { name } }").getString("data.country.name"));
    }

    @Test
    void theHttpImportStreamsLargeFilesInBatchesAndReportsEveryLine() {
        int count = 1234;
        String file = IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"type\": \"Source\", \"input\": {\"url\": \"https://example.org/entente-import-test/" + i
                        + "\", \"publisher\": \"Import test\", \"title\": \"Item " + i + "\"}}")
                .collect(Collectors.joining("\r\n", "", "\n"));
        String first = given().header("Authorization", "Bearer " + TestTokens.editor()).contentType("application/x-ndjson; charset=UTF-8")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/import").then().statusCode(200).contentType(containsString("application/x-ndjson"))
                .extract().asString();
        List<JsonPath> lines = first.lines().map(JsonPath::new).toList();
        assertEquals(count + 1, lines.size());
        List<Integer> numbers = new ArrayList<>();
        lines.subList(0, count).forEach(line -> {
            numbers.add(line.getInt("line"));
            assertEquals("CREATED", line.getString("outcome"));
        });
        assertEquals(IntStream.rangeClosed(1, count).boxed().toList(), numbers);
        assertEquals(count, lines.get(count).getInt("summary.created"));

        String second = given().header("Authorization", "Bearer " + TestTokens.editor()).contentType("application/x-ndjson; charset=UTF-8")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/import").then().statusCode(200).extract().asString();
        JsonPath summary = new JsonPath(second.lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(count, summary.getInt("summary.unchanged"));
        assertEquals(0, summary.getInt("summary.created") + summary.getInt("summary.updated") + summary.getInt("summary.rejected"));
    }

    @Test
    void theArticleSampleFileImportsWithoutRejectionAndTwiceChangesNothing() throws IOException {
        String file = Files.readString(Path.of("src/main/resources/import/article.jsonl"));
        long records = file.lines().filter(line -> !line.isBlank()).count();
        List<String> first = postImport(file);
        first.subList(0, first.size() - 1).forEach(line -> assertThat(line, not(containsString("REJECTED"))));
        assertEquals(records, first.size() - 1);

        JsonPath summary = new JsonPath(postImport(file).get((int) records));
        assertEquals(records, summary.getLong("summary.unchanged"));

        JsonPath moscow = query("{ meetings(filter: {countryCodes: [\"FR\", \"RU\"], format: TWO_PLUS_TWO}) { edges { node {"
                + " participants { official { fullName } } statements { text } } } } }");
        assertEquals(4, moscow.getList("data.meetings.edges[0].node.participants").size());
        assertEquals("The time has come, the time is right, to work towards reducing distrust",
                moscow.getString("data.meetings.edges[0].node.statements[0].text"));
    }

    private static List<String> postImport(String file) {
        return given().header("Authorization", "Bearer " + TestTokens.editor()).contentType("application/x-ndjson; charset=UTF-8")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/import").then().statusCode(200).extract().asString().lines().toList();
    }

    @Test
    void theHttpImportNeedsAnEditorToken() {
        String line = "{\"type\": \"Source\", \"input\": {\"url\": \"https://example.org/entente-import-test/x\", \"publisher\": \"P\", \"title\": \"T\"}}";
        JsonPath anonymous = new JsonPath(given().body(line).when().post("/import").then().statusCode(401).extract().asString());
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath reader = new JsonPath(given().header("Authorization", "Bearer " + TestTokens.reader()).body(line)
                .when().post("/import").then().statusCode(403).extract().asString());
        assertEquals("FORBIDDEN", reader.getString("errors[0].extensions.code"));
        assertEquals(0, new Fixtures().count("select count(*) from source where url = 'https://example.org/entente-import-test/x'"));
        assertEquals("UNAUTHENTICATED", queryAs(null, IMPORT, "lines", line).getString("errors[0].extensions.code"));
    }

    @Test
    void theMutationTakesSmallBatchesOnly() {
        String tooMany = String.join("\n", Collections.nCopies(1001, "{}"));
        JsonPath answer = queryAs(TestTokens.editor(), IMPORT, "lines", tooMany);
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertThat(answer.getString("errors[0].message"), containsString("POST /import"));
        assertNull(answer.get("data.importRecords"));
    }
}
