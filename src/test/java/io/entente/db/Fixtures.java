package io.entente.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Synthetic rows that tests add and remove around themselves: meetings between Tuvalu and Nauru, which the
 * sample data leaves alone, so that no other test's facts change while they exist. Written over JDBC, so
 * that the same tests run against the packaged application ({@code *IT}) as inside it.
 */
public final class Fixtures {

    /** Adds {@code count} meetings, each with two participants who each hold two positions. */
    public void addMeetings(int count) {
        run("""
                insert into official (full_name, country_id)
                    select 'Fixture Official ' || c.alpha2, c.id from country c where c.alpha2 in ('TV', 'NR');
                insert into position (official_id, title, kind, start_date, end_date)
                    select o.id, 'Fixture envoy', 'AMBASSADOR', date '1990-01-01', date '2000-01-01'
                    from official o where o.full_name like 'Fixture Official %%';
                insert into position (official_id, title, kind, start_date)
                    select o.id, 'Fixture minister', 'FOREIGN_MINISTER', date '2000-01-01'
                    from official o where o.full_name like 'Fixture Official %%';
                insert into meeting (title, start_date, format, host_country_id)
                    select 'Fixture meeting ' || g, date '2000-01-01' + g, 'BILATERAL', (select id from country where alpha2 = 'TV')
                    from generate_series(1, %d) g;
                insert into meeting_country (meeting_id, country_id)
                    select m.id, c.id from meeting m cross join country c
                    where m.title like 'Fixture meeting %%' and c.alpha2 in ('TV', 'NR');
                insert into meeting_participant (meeting_id, official_id, delegation_country_id, role)
                    select m.id, o.id, o.country_id, 'HEAD_OF_DELEGATION' from meeting m cross join official o
                    where m.title like 'Fixture meeting %%' and o.full_name like 'Fixture Official %%';
                """.formatted(count));
    }

    /** Removes everything {@link #addMeetings} added. */
    public void removeMeetings() {
        run("""
                delete from meeting where title like 'Fixture meeting %';
                delete from position where official_id in (select id from official where full_name like 'Fixture Official %');
                delete from official where full_name like 'Fixture Official %';
                """);
    }

    /** The number the query answers in its first row and column (a {@code select count(*)}, an id). */
    public long count(String sql) {
        try (Connection connection = connect();
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(String sql) {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of its own to the test database, for tests that hold transactions open. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** The test database: the one the IT resource started, or the running application's. */
    private static String jdbcUrl() {
        String started = System.getProperty(EmbeddedDatabaseResource.JDBC_URL_PROPERTY);
        return started != null ? started
                : ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }
}
