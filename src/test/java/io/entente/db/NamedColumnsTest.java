package io.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Mappers read columns by name; {@link Database#list} remembers where each name is once per result. The same mapper
 * must read the right values from results whose columns come in other orders, and names built at run time, absent
 * columns and every kind of value must read as the driver reads them.
 */
@QuarkusTest
class NamedColumnsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Database db;

    private record Values(long id, String name, LocalDate day, String[] tags) {
        static Values from(Row row) {
            return new Values(row.getLong("id"), row.getString("name"), row.getLocalDate("day"), row.getArrayOfStrings("tags"));
        }
    }

    @Test
    void oneMapperReadsResultsWhoseColumnsComeInAnyOrder() {
        List<Values> first = db.list("select i::bigint as id, 'n' || i as name, date '2020-01-01' + i as day, array['t' || i] as tags"
                + " from generate_series(1, 3) i order by i", Tuple.tuple(), Values::from).await().atMost(WAIT);
        List<Values> second = db.list("select array['t' || i] as tags, date '2020-01-01' + i as day, 'n' || i as name, i::bigint as id,"
                + " 'other' as extra from generate_series(1, 3) i order by i", Tuple.tuple(), Values::from).await().atMost(WAIT);
        for (List<Values> values : List.of(first, second)) {
            assertEquals(3, values.size());
            for (int i = 0; i < 3; i++) {
                Values row = values.get(i);
                assertEquals(i + 1, row.id());
                assertEquals("n" + (i + 1), row.name());
                assertEquals(LocalDate.of(2020, 1, 2 + i), row.day());
                assertEquals(List.of("t" + (i + 1)), List.of(row.tags()));
            }
        }
    }

    @Test
    void namesBuiltAtRunTimeAndNullsReadAsTheDriverReadsThem() {
        List<String> read = db.list("select 'a' as col1, null::text as col2, 42 as col3 from generate_series(1, 2)", Tuple.tuple(),
                row -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 1; i <= 3; i++) {
                        text.append(row.getValue("col" + i)).append(row.getColumnIndex(new String("col" + i))).append(' ');
                    }
                    return text.toString();
                }).await().atMost(WAIT);
        assertEquals(List.of("a0 null1 422 ", "a0 null1 422 "), read);
    }

    @Test
    void anAbsentColumnFailsAsTheDriverFails() {
        NoSuchElementException failure = assertThrows(NoSuchElementException.class,
                () -> db.list("select 1::bigint as id", Tuple.tuple(), row -> row.getLong("missing")).await().atMost(WAIT));
        assertEquals("Column missing does not exist", failure.getMessage());
    }
}
