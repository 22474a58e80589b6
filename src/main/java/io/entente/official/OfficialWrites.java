package io.entente.official;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.entente.country.CountryRefs;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Writes officials and their positions inside a transaction; the mutations and the import share it. */
public final class OfficialWrites {

    private static final String SAME_COUNTRY_OFFICE = "select o.full_name, p.start_date, p.end_date from position p"
            + " join official o on o.id = p.official_id where o.country_id = $1 and p.kind = $2 and p.id <> $3"
            + " and daterange(p.start_date, p.end_date) && daterange($4, $5) limit 1";
    private static final String SAME_TITLE = "select o.full_name, p.start_date, p.end_date from position p"
            + " join official o on o.id = p.official_id where p.official_id = $1 and lower(p.title) = lower($2) and p.id <> $3"
            + " and daterange(p.start_date, p.end_date) && daterange($4, $5) limit 1";

    private OfficialWrites() {
    }

    /** Creates the official ({@code key} null) or replaces it; answers its key. */
    public static Uni<Long> write(Tx tx, OfficialInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        List<PositionInput> positions = input.positions == null ? List.of() : input.positions;
        checkTerms(check, positions, i -> check.path("positions", i));
        return CountryRefs.key(tx, check, check.path("countryCode"), input.countryCode).chain(countryKey -> {
            check.orFail();
            Columns columns = new Columns()
                    .set("full_name", input.fullName.strip())
                    .set("aliases", input.aliases == null ? new String[0] : input.aliases.stream().map(String::strip).toArray(String[]::new))
                    .set("country_id", countryKey)
                    .set("born_on", input.bornOn);
            Uni<Long> written = key == null
                    ? tx.insert("official", columns)
                    : tx.update("official", "official", key, version, columns).replaceWith(key);
            return written.call(officialKey -> input.positions == null
                    ? Uni.createFrom().voidItem()
                    : replacePositions(tx, check, officialKey, countryKey, positions));
        });
    }

    /** Creates ({@code key} null) or replaces one position of an official; answers its key. */
    public static Uni<Long> writePosition(Tx tx, long officialKey, PositionInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        checkTerms(check, List.of(input), i -> "input");
        check.orFail();
        return tx.first("select country_id from official where id = $1", Tuple.of(officialKey), row -> row.getLong("country_id"))
                .chain(countryKey -> {
                    check.require(countryKey != null, "officialId", "no official has this id.");
                    check.orFail();
                    return tx.lock("country", "country", countryKey)
                            .chain(() -> requireFreeOffice(tx, check, "input", officialKey, countryKey, input, key))
                            .chain(() -> key == null
                                    ? tx.insert("position", columns(officialKey, input))
                                    : tx.update("position", "position", key, version, columns(officialKey, input)).replaceWith(key));
                });
    }

    private static Uni<Void> replacePositions(Tx tx, InputCheck check, long officialKey, long countryKey, List<PositionInput> positions) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            indexes.add(i);
        }
        // The country's lock serializes writes of its offices, so that the overlap checks still hold at commit.
        return tx.lock("country", "country", countryKey)
                .chain(() -> tx.execute("delete from position where official_id = $1", Tuple.of(officialKey)))
                .chain(() -> Multi.createFrom().iterable(indexes)
                        .onItem().transformToUniAndConcatenate(i -> requireFreeOffice(tx, check,
                                check.path("positions", i), officialKey, countryKey, positions.get(i), null))
                        .collect().last())
                .chain(() -> {
                    check.orFail();
                    return tx.executeBatch("insert into position (official_id, title, kind, start_date, end_date, created_by,"
                            + " updated_by) values ($1, $2, $3, $4, $5, $6, $6)", positions.stream()
                                    .map(p -> Tuple.of(officialKey, p.title.strip(), p.kind.name(), p.startDate, p.endDate,
                                            tx.actor().name()))
                                    .toList());
                });
    }

    private static Columns columns(long officialKey, PositionInput input) {
        return new Columns().set("official_id", officialKey).set("title", input.title.strip()).set("kind", input.kind.name())
                .set("start_date", input.startDate).set("end_date", input.endDate);
    }

    /** Dates in order, and no two of the given terms overlapping in the same office. */
    static void checkTerms(InputCheck check, List<PositionInput> positions, IntFunction<String> pathOf) {
        for (int i = 0; i < positions.size(); i++) {
            PositionInput position = positions.get(i);
            String path = pathOf.apply(i);
            check.inOrder(position.startDate, position.endDate, false, path + ".endDate", "startDate");
            for (int j = 0; j < i; j++) {
                PositionInput other = positions.get(j);
                check.require(!(sameOffice(position, other) && overlap(position, other)), path + ".startDate",
                        "overlaps positions[" + j + "], a term in the same office.");
            }
        }
    }

    private static boolean sameOffice(PositionInput a, PositionInput b) {
        return a.kind == b.kind && (a.kind.singleHolder() || a.title.strip().equalsIgnoreCase(b.title.strip()));
    }

    private static boolean overlap(PositionInput a, PositionInput b) {
        return (b.endDate == null || a.startDate.isBefore(b.endDate)) && (a.endDate == null || b.startDate.isBefore(a.endDate));
    }

    private static Uni<Void> requireFreeOffice(Tx tx, InputCheck check, String path, long officialKey, long countryKey,
            PositionInput input, Long positionKey) {
        long exclude = positionKey == null ? -1L : positionKey;
        Uni<String> holder = input.kind.singleHolder()
                ? tx.first(SAME_COUNTRY_OFFICE, Tuple.of(countryKey, input.kind.name(), exclude, input.startDate, input.endDate),
                        OfficialWrites::describeTerm)
                : tx.first(SAME_TITLE, Tuple.of(officialKey, input.title.strip(), exclude, input.startDate, input.endDate),
                        OfficialWrites::describeTerm);
        return holder.map(term -> {
            check.require(term == null, path + ".startDate", "overlaps " + term + " in the same office.");
            return null;
        });
    }

    private static String describeTerm(Row row) {
        return row.getString("full_name") + "'s term from " + row.getLocalDate("start_date")
                + (row.getLocalDate("end_date") == null ? "" : " to " + row.getLocalDate("end_date"));
    }
}
