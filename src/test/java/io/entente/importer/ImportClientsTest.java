package io.entente.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The import over HTTP with clients as they are: one that sends the whole body before it reads, one that goes away. */
@QuarkusTest
class ImportClientsTest {

    private static final int BATCH = 500;

    @TestHTTPResource("/import")
    URL importUrl;

    @AfterEach
    void removeImported() {
        new Fixtures().run("delete from meeting where title like 'Import clients%';"
                + " delete from source where url like 'https://example.org/entente-import-clients/%';"
                + " delete from import_record where natural_key like 'Import clients%'"
                + " or natural_key like 'https://example.org/entente-import-clients/%'");
    }

    private static String source(int i) {
        return "{\"type\": \"Source\", \"input\": {\"url\": \"https://example.org/entente-import-clients/" + i
                + "\", \"publisher\": \"Import clients\", \"title\": \"Item " + i + "\"}}\n";
    }

    private static String meeting(int i) {
        return "{\"type\": \"Meeting\", \"input\": {\"title\": \"Import clients " + i + "\", \"startDate\": \"2021-04-04\","
                + " \"format\": \"BILATERAL\", \"countryCodes\": [\"FR\", \"DE\"], \"participants\": ["
                + "{\"official\": {\"countryCode\": \"FR\", \"fullName\": \"Emmanuel Macron\"}, \"role\": \"HOST\"},"
                + " {\"official\": {\"countryCode\": \"DE\", \"fullName\": \"Angela Merkel\"}, \"role\": \"GUEST\"}]}}\n";
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(importUrl.toString())).header("Authorization", "Bearer " + TestTokens.editor())
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(3));
    }

    @Test
    void aClientThatSendsFiftyMegabytesBeforeReadingGetsTheWholeReport() throws Exception {
        // one batch of sources, imported first; then the same batch again and again (every line UNCHANGED: two
        // statements per batch), 50 MB in all, with a report of about 100 bytes per line to hold back meanwhile
        String batch = IntStream.range(0, BATCH).mapToObj(ImportClientsTest::source).collect(Collectors.joining());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> first = client.send(request().POST(HttpRequest.BodyPublishers.ofString(batch)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(first.body().endsWith("\"rejected\":0}}\n") || first.body().contains("\"created\":" + BATCH), first.body());

        byte[] bytes = batch.getBytes(StandardCharsets.UTF_8);
        int copies = (50 * 1024 * 1024) / bytes.length + 1;
        AtomicLong sent = new AtomicLong();
        InputStream body = new SequenceInputStream(Collections.enumeration(Collections.nCopies(copies, bytes).stream()
                .map(copy -> (InputStream) new ByteArrayInputStream(copy) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        int read = super.read(b, off, len);
                        sent.addAndGet(Math.max(read, 0));
                        return read;
                    }
                }).toList()));
        CompletableFuture<HttpResponse<InputStream>> answer = client.sendAsync(request().POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (sent.get() < (long) copies * bytes.length) {
            assertTrue(System.nanoTime() < deadline, "the server stopped reading after " + sent.get() + " bytes");
            Thread.sleep(50);
        }
        // only now does the client read
        long lines = 0;
        String last = null;
        try (BufferedReader report = new BufferedReader(new InputStreamReader(answer.get(60, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8))) {
            for (String line = report.readLine(); line != null; line = report.readLine()) {
                lines++;
                last = line;
            }
        }
        assertTrue((long) copies * bytes.length > 50L * 1024 * 1024);
        assertEquals((long) copies * BATCH + 1, lines);
        JsonPath summary = new JsonPath(last);
        assertEquals(copies * BATCH, summary.getInt("summary.unchanged"));
        assertEquals(0, summary.getInt("summary.created") + summary.getInt("summary.updated") + summary.getInt("summary.rejected"));
    }

    @Test
    void anUploadCutOffLeavesNoHalfRecordAndARerunCompletesIt() throws Exception {
        int count = BATCH + 200;
        String file = IntStream.range(0, count).mapToObj(ImportClientsTest::meeting).collect(Collectors.joining());
        String cut = file.substring(0, file.length() - meeting(count - 1).length() / 2);
        try (Socket socket = new Socket(importUrl.getHost(), importUrl.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /import HTTP/1.1\r\nHost: " + importUrl.getHost() + "\r\nAuthorization: Bearer " + TestTokens.editor()
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + file.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(cut.getBytes(StandardCharsets.UTF_8));
            out.flush();
            // wait for the first batch's report, then go away in the middle of the last line
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.contains("\"line\":" + BATCH + ","); line = in.readLine()) {
                // headers and the first results
            }
            socket.setSoLinger(true, 0);
        }
        Fixtures db = new Fixtures();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long before = -1;
        long now = db.count("select count(*) from meeting where title like 'Import clients%'");
        while (now != before && System.nanoTime() < deadline) { // until the server has done what it will do
            Thread.sleep(1000);
            before = now;
            now = db.count("select count(*) from meeting where title like 'Import clients%'");
        }
        assertTrue(now >= BATCH && now < count, "meetings after the cut: " + now);
        assertEquals(0, db.count("select count(*) from meeting m where m.title like 'Import clients%' and (select count(*)"
                + " from meeting_participant p where p.meeting_id = m.id) <> 2 or m.title like 'Import clients%' and (select count(*)"
                + " from meeting_country c where c.meeting_id = m.id) <> 2"), "no meeting without its participants and parties");

        HttpResponse<String> rerun = HttpClient.newHttpClient().send(request().POST(HttpRequest.BodyPublishers.ofString(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<JsonPath> report = rerun.body().lines().map(JsonPath::new).toList();
        assertEquals(count + 1, report.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i < now ? "UNCHANGED" : "CREATED", report.get(i).getString("outcome"), "line " + (i + 1));
        }
        assertEquals(count, db.count("select count(*) from meeting m where m.title like 'Import clients%' and (select count(*)"
                + " from meeting_participant p where p.meeting_id = m.id) = 2"));
    }
}
