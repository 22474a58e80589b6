package io.entente.importer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every line of an import is judged on its own: a line too long, too deep, with bytes that are no text or text that
 * cannot be stored, or failing in the database, is reported with its number and code, and every other line of the
 * file, of its batch too, is imported.
 */
@QuarkusTest
class ImportLinesTest {

    @AfterEach
    void removeImported() {
        new Fixtures().run("delete from meeting where title like 'Import lines%' or title = '';"
                + " delete from position where official_id in (select id from official where full_name like 'Import lines%');"
                + " delete from official where full_name like 'Import lines%';"
                + " delete from source where url like 'https://example.org/entente-import-lines/%';"
                + " delete from import_record where natural_key like '%Import lines%' or natural_key like '|%'"
                + " or natural_key like 'https://example.org/entente-import-lines/%'");
    }

    static String source(int i) {
        return "{\"type\": \"Source\", \"input\": {\"url\": \"https://example.org/entente-import-lines/" + i
                + "\", \"publisher\": \"Import lines\", \"title\": \"Item " + i + "\"}}";
    }

    static String meeting(String title, String participant) {
        return "{\"type\": \"Meeting\", \"input\": {\"title\": \"" + title + "\", \"startDate\": \"2020-03-03\", \"format\": \"BILATERAL\","
                + " \"participants\": [{\"official\": {\"countryCode\": \"FR\", \"fullName\": \"" + participant + "\"}, \"role\": \"HOST\"}],"
                + " \"statements\": [{\"speaker\": {\"countryCode\": \"FR\", \"fullName\": \"" + participant + "\"}, \"text\": \"Words of "
                + title + "\", \"sourceUrl\": \"https://example.org/entente-import-lines/" + title.length() + "\"}],"
                + " \"sources\": [{\"url\": \"https://example.org/entente-import-lines/" + title.length() + "\", \"publisher\": \"P\", \"title\": \"T\"}]}}";
    }

    /** Posts raw bytes; answers the report's lines, the summary last. */
    static List<JsonPath> post(byte[] body) {
        String answer = given().header("Authorization", "Bearer " + TestTokens.editor()).contentType("application/x-ndjson")
                .body(body).when().post("/import").then().statusCode(200).extract().asString();
        return answer.lines().map(JsonPath::new).toList();
    }

    static List<JsonPath> post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    static void assertRejected(JsonPath result, int line, String code, String field, String message) {
        assertEquals(line, result.getInt("line"));
        assertEquals("REJECTED", result.getString("outcome"));
        assertEquals(code, result.getString("errorCode"));
        assertEquals(field, result.getString("field"));
        assertEquals(message, result.getString("message"));
    }

    static void assertCreated(JsonPath result, int line) {
        assertEquals(line, result.getInt("line"));
        assertEquals("CREATED", result.getString("outcome"), () -> result.prettify());
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedAndTheOthersAreImported() {
        String tooLong = "{\"type\": \"Source\", \"input\": {\"url\": \"https://example.org/entente-import-lines/long\", \"title\": \""
                + "x".repeat(1024 * 1024) + "\"}}";
        List<JsonPath> report = post(String.join("\n", source(1), tooLong, source(3)));
        assertCreated(report.get(0), 1);
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", null, "The line has " + tooLong.length() + " bytes, more than the 1048576 a line may"
                + " have (ENTENTE_IMPORT_MAX_LINE_SIZE); it was skipped.");
        assertCreated(report.get(2), 3);
        assertEquals(2, report.get(3).getInt("summary.created"));
        assertEquals(1, report.get(3).getInt("summary.rejected"));
    }

    @Test
    void aLineNestedTooDeepIsRejectedBeforeParsing() {
        String deep = "{\"type\": \"Source\", \"input\": {\"url\": " + "[".repeat(2000) + "]".repeat(2000) + "}}";
        List<JsonPath> report = post(String.join("\n", source(1), deep, source(3)));
        assertCreated(report.get(0), 1);
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", null, "The line nests objects and lists more than 32 levels deep; no input does.");
        assertCreated(report.get(2), 3);
    }

    @Test
    void textThatCannotBeStoredIsRejectedWhereverItIs() {
        String nulInTitle = source(2).replace("Item 2", "Item\\u00002");
        String nulInList = meeting("Import lines NUL", "Emmanuel Macron").replace("\"FR\", \"fullName\"", "\"F\\u0000R\", \"fullName\"");
        String halfPair = source(4).replace("Item 4", "Item \\ud800 4");
        List<JsonPath> report = post(String.join("\n", source(1), nulInTitle, nulInList, halfPair, source(5)));
        assertCreated(report.get(0), 1);
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", "input.title",
                "input.title: holds a NUL character (\\u0000), which text cannot hold.");
        assertRejected(report.get(2), 3, "BAD_USER_INPUT", "input.participants[0].official.countryCode",
                "input.participants[0].official.countryCode: holds a NUL character (\\u0000), which text cannot hold.");
        assertRejected(report.get(3), 4, "BAD_USER_INPUT", "input.title",
                "input.title: holds \\ud800, half of a UTF-16 pair without its other half: no character.");
        assertCreated(report.get(4), 5);
        assertEquals(0, new Fixtures().count("select count(*) from meeting where title = 'Import lines NUL'"));
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedAndTheLinesAroundThemImported() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((source(1) + "\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(source(2).replace("Item 2", "Item \u00e9").getBytes(StandardCharsets.ISO_8859_1)); // a lone 0xE9
        body.writeBytes(("\n" + source(3) + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] { '{', 0, '}', '\n' }); // a raw NUL: not JSON
        body.writeBytes(source(5).getBytes(StandardCharsets.UTF_8));
        List<JsonPath> report = post(body.toByteArray());
        assertCreated(report.get(0), 1);
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", null, "The line is not valid UTF-8.");
        assertCreated(report.get(2), 3);
        assertEquals(4, report.get(3).getInt("line"));
        assertEquals("BAD_USER_INPUT", report.get(3).getString("errorCode"));
        assertCreated(report.get(4), 5);
    }

    @Test
    void inputsThatDoNotFitTheirTypeAreToldInTheSchemasWords() {
        String badEnum = meeting("Import lines enum", "Emmanuel Macron").replace("BILATERAL", "NOPE");
        String badDate = meeting("Import lines date", "Emmanuel Macron").replace("2020-03-03", "2020-13-01");
        String badList = meeting("Import lines list", "Emmanuel Macron").replaceAll("\"sources\": \\[.*\\]\\}\\}$", "\"sources\": \"x\"}}");
        String badField = meeting("Import lines field", "Emmanuel Macron").replace("\"role\": \"HOST\"", "\"role\": \"HOST\", \"rank\": 1");
        List<JsonPath> report = post(String.join("\n", badEnum, badDate, badList, badField));
        assertRejected(report.get(0), 1, "BAD_USER_INPUT", "input.format", "input.format: NOPE is not one of BILATERAL, TWO_PLUS_TWO,"
                + " SUMMIT, MULTILATERAL, PHONE_CALL, VIDEO_CONFERENCE.");
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", "input.startDate", "input.startDate: 2020-13-01 is not a date (YYYY-MM-DD).");
        assertRejected(report.get(2), 3, "BAD_USER_INPUT", "input.sources", "input.sources: expected a list.");
        assertRejected(report.get(3), 4, "BAD_USER_INPUT", "input.participants[0].rank", "input.participants[0].rank: ParticipantInput has no"
                + " such field (it has officialId, official, delegationCountryCode, role).");
        report.subList(0, 4).forEach(line -> assertFalse(line.getString("message").contains("io.entente"), line.getString("message")));
    }

    @Test
    void aBadLineAmongGoodOnesInOneBatchLeavesTheOthersImported() {
        List<JsonPath> report = post(String.join("\n",
                meeting("Import lines one", "Emmanuel Macron"),
                meeting("Import lines ghost", "Nobody At All"),
                meeting("Import lines three", "Emmanuel Macron"),
                "{\"type\": \"Official\", \"input\": {\"fullName\": \"Import lines envoy\", \"countryCode\": \"FR\", \"positions\": ["
                        + "{\"title\": \"Envoy\", \"kind\": \"AMBASSADOR\", \"startDate\": \"2001-01-01\"},"
                        + "{\"title\": \"envoy\", \"kind\": \"AMBASSADOR\", \"startDate\": \"2002-01-01\"}]}}",
                "{\"type\": \"Official\", \"input\": {\"fullName\": \"Import lines aide\", \"countryCode\": \"FR\", \"aliases\": [\"Aide\"],"
                        + " \"positions\": [{\"title\": \"Aide\", \"kind\": \"OTHER\", \"startDate\": \"2001-01-01\"}]}}"));
        assertCreated(report.get(0), 1);
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", "input.participants[0].official",
                "input.participants[0].official: no official Nobody At All (FR) is recorded.");
        assertCreated(report.get(2), 3);
        assertRejected(report.get(3), 4, "BAD_USER_INPUT", "input.positions[1].startDate",
                "input.positions[1].startDate: overlaps positions[0], a term in the same office.");
        assertCreated(report.get(4), 5);
        Fixtures db = new Fixtures();
        assertEquals(2, db.count("select count(*) from meeting m join meeting_participant p on p.meeting_id = m.id"
                + " join statement s on s.meeting_id = m.id join meeting_source ms on ms.meeting_id = m.id where m.title like 'Import lines%'"));
        assertEquals(1, db.count("select count(*) from official o join position p on p.official_id = o.id"
                + " where o.full_name = 'Import lines aide' and o.aliases = '{Aide}' and o.in_office_from = '2001-01-01'"));
    }

    @Test
    void aLineFailingInTheDatabaseInTheMiddleOfABatchIsRejectedAlone() {
        // a title of spaces passes Bean Validation (size 1) but not the table's check once stripped: the batch's
        // set-based insert fails, and the batch is written again line by line
        List<JsonPath> report = post(String.join("\n",
                meeting("Import lines before", "Emmanuel Macron"),
                meeting("   ", "Emmanuel Macron"),
                meeting("Import lines after", "Emmanuel Macron")));
        assertCreated(report.get(0), 1);
        assertRejected(report.get(1), 2, "BAD_USER_INPUT", null, "A value breaks a rule of the record (meeting_title_check).");
        assertCreated(report.get(2), 3);
        assertEquals(2, new Fixtures().count("select count(*) from meeting m where m.title like 'Import lines%'"
                + " and exists (select 1 from meeting_participant p where p.meeting_id = m.id)"));
        assertNull(report.get(3).get("error"));
        assertEquals(2, report.get(3).getInt("summary.created"));
    }
}
