package io.entente.live;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.entente.db.Fixtures;

/**
 * Writes as another replica or the import command would: plain JDBC, on a connection of its own, each method one
 * transaction. Everything it adds is named {@code Live ...} and involves rarely used countries (Tuvalu, Nauru,
 * Kiribati, Palau), so that {@link #removeAll} finds it and no other test sees it.
 */
final class LiveFixtures {

    private final Fixtures fixtures = new Fixtures();

    /** Commits a meeting in Funafuti, hosted by Tuvalu, between the countries (alpha-2). */
    void commitMeeting(String title, String... parties) {
        fixtures.run("begin;" + meeting(title, parties) + "commit;");
    }

    /** Writes the same meeting and rolls the transaction back. */
    void rollBackMeeting(String title, String... parties) {
        fixtures.run("begin;" + meeting(title, parties) + "rollback;");
    }

    void commitEvent(String title, String... countries) {
        fixtures.run("""
                begin;
                insert into event (title, occurred_on, kind, description)
                    values ('%1$s', date '2026-02-01', 'AGREEMENT', 'A fixture of the live tests');
                insert into event_country (event_id, country_id)
                    select e.id, c.id from event e cross join country c where e.title = '%1$s' and c.alpha2 in (%2$s);
                commit;
                """.formatted(title, list(countries)));
    }

    /** Commits a regime imposed by a country (alpha-2) or a bloc (code), on a country (alpha-2). */
    void commitRegime(String name, String issuer, String target) {
        fixtures.run("""
                insert into sanction_regime (name, issuer_country_id, issuer_bloc_id, target_country_id, legal_basis, adopted_on)
                    values ('%1$s', (select id from country where alpha2 = '%2$s'), (select id from bloc where code = '%2$s'),
                            (select id from country where alpha2 = '%3$s'), 'Fixture act', date '2026-01-01');
                """.formatted(name, issuer, target));
    }

    /** Commits a step in the history of the regime: today, with this status. */
    void commitStatusChange(String regimeName, String status) {
        fixtures.run("""
                insert into sanction_status_change (regime_id, status, changed_on)
                    select r.id, '%2$s', current_date from sanction_regime r where r.name = '%1$s';
                """.formatted(regimeName, status));
    }

    /** Ends the listener's database session, as a database restart or a network failure would. */
    void terminateListener() {
        fixtures.run("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + ChangeListener.APPLICATION_NAME + "';");
    }

    void removeAll() {
        fixtures.run("""
                delete from meeting where title like 'Live %';
                delete from event where title like 'Live %';
                delete from sanction_regime where name like 'Live %';
                """);
    }

    private static String meeting(String title, String... parties) {
        return """
                insert into meeting (title, start_date, format, city, host_country_id)
                    values ('%1$s', date '2026-01-15', 'SUMMIT', 'Funafuti', (select id from country where alpha2 = 'TV'));
                insert into meeting_country (meeting_id, country_id)
                    select m.id, c.id from meeting m cross join country c where m.title = '%1$s' and c.alpha2 in (%2$s);
                """.formatted(title, list(parties));
    }

    private static String list(String... codes) {
        return Arrays.stream(codes).map(code -> "'" + code + "'").collect(Collectors.joining(", "));
    }
}
