package io.entente.official;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The span of an official's offices (V9), which Country.officials(activeOn) reads instead of probing every
 * official's positions, must equal what the positions say after any write, by any writer: a span too narrow
 * would hide an official in office.
 */
@QuarkusTest
class OfficeSpanTest {

    /** Officials whose span differs from their positions' (none, whatever was written). */
    static final String WRONG_SPANS = """
            select count(*) from official o
            cross join lateral (select min(p.start_date) as first_start, max(coalesce(p.end_date, 'infinity')) as last_end
                                from position p where p.official_id = o.id) positions
            where o.in_office_from is distinct from positions.first_start
               or o.in_office_until is distinct from positions.last_end
            """;

    /** Positions of this test's officials. */
    private static final String OF_TEST_OFFICIALS = "official_id in (select id from official where full_name like 'Span Official %')";

    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void addOfficials() {
        fixtures.run("insert into official (full_name, country_id)"
                + " select 'Span Official ' || g, (select id from country where alpha2 = 'TV') from generate_series(1, 3) g");
    }

    @AfterEach
    void removeOfficials() {
        fixtures.run("delete from position where " + OF_TEST_OFFICIALS + "; delete from official where full_name like 'Span Official %'");
    }

    @Test
    void theSampleDataHasTheSpansOfItsPositions() {
        assertEquals(0, fixtures.count(WRONG_SPANS));
        assertEquals(0, fixtures.count("select count(*) from official o where o.in_office_until is null"
                + " and exists (select 1 from position p where p.official_id = o.id)"));
    }

    @Test
    void spansFollowPositionsAddedChangedMovedAndRemovedInBulk() {
        fixtures.run("""
                insert into position (official_id, title, kind, start_date, end_date)
                select o.id, 'Span post ' || g, 'OTHER', (date '2000-01-01' + g * interval '1 year')::date,
                       (date '2000-06-01' + g * interval '1 year')::date
                from official o cross join generate_series(0, 3) g where o.full_name like 'Span Official %';
                """);
        assertSpansRightAnd(3, "in_office_from = '2000-01-01' and in_office_until = '2003-06-01'");

        fixtures.run("update position set end_date = null where title = 'Span post 1' and " + OF_TEST_OFFICIALS);
        assertSpansRightAnd(3, "in_office_until = 'infinity'");

        // every position of official 1 moves to official 2: 1 has none left, 2 has both's
        fixtures.run("update position set official_id = (select id from official where full_name = 'Span Official 2')"
                + " where official_id = (select id from official where full_name = 'Span Official 1')");
        assertSpansRightAnd(1, "full_name = 'Span Official 1' and in_office_from is null and in_office_until is null");

        fixtures.run("delete from position where title in ('Span post 0', 'Span post 1') and " + OF_TEST_OFFICIALS);
        assertSpansRightAnd(2, "full_name in ('Span Official 2', 'Span Official 3')"
                + " and in_office_from = '2002-01-01' and in_office_until = '2003-06-01'");
    }

    /** No official's span differs from their positions, and {@code expected} of this test's officials match {@code condition}. */
    private void assertSpansRightAnd(long expected, String condition) {
        assertEquals(0, fixtures.count(WRONG_SPANS));
        assertEquals(expected, fixtures.count("select count(*) from official where full_name like 'Span Official %' and " + condition));
    }

    /**
     * A writer whose trigger waited for another's lock on the official must see the other's positions once it is
     * committed: computed with the snapshot its statement started with, the span would leave them out.
     */
    @Test
    void twoWritersAddingPositionsToOneOfficialAtOnceBothCount() throws Exception {
        long official = fixtures.count("select id from official where full_name = 'Span Official 1'");
        try (Connection first = fixtures.connect(); Connection second = fixtures.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            first.createStatement().execute(insertPosition(official, "2000-01-01", "'2001-01-01'"));
            int secondPid = backendPid(second);
            CompletableFuture<Void> secondWrites = CompletableFuture.runAsync(() -> {
                try (Statement statement = second.createStatement()) {
                    statement.execute(insertPosition(official, "2010-01-01", "null"));
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForLock(secondPid);
            first.commit();
            secondWrites.get(10, TimeUnit.SECONDS);
        }
        assertEquals(1, fixtures.count("select count(*) from official where id = " + official
                + " and in_office_from = '2000-01-01' and in_office_until = 'infinity'"));
        assertEquals(0, fixtures.count(WRONG_SPANS));
    }

    private static String insertPosition(long official, String start, String end) {
        return "insert into position (official_id, title, kind, start_date, end_date) values (%d, 'Span post', 'OTHER', '%s', %s)"
                .formatted(official, start, end);
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (ResultSet pid = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }

    private void awaitWaitingForLock(int pid) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (fixtures.count("select count(*) from pg_stat_activity where pid = " + pid + " and wait_event_type = 'Lock'") == 1) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the second writer never waited for the first one's lock");
    }
}
