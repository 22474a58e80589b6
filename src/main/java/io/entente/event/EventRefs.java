package io.entente.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Resolves events named by title and date, in one statement; each unknown one is a problem at its path. */
public final class EventRefs {

    private static final String BY_NATURAL_KEY = "select r.ord, e.id from unnest($1::text[], $2::date[]) with ordinality r(title, day, ord)"
            + " join event e on e.title = r.title and e.occurred_on = r.day";

    private EventRefs() {
    }

    public static Uni<Map<String, Long>> keys(Tx tx, InputCheck check, Map<String, EventRefInput> refsByPath) {
        if (refsByPath.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<String> paths = new ArrayList<>(refsByPath.keySet());
        String[] titles = paths.stream().map(path -> refsByPath.get(path).title.strip()).toArray(String[]::new);
        LocalDate[] days = paths.stream().map(path -> refsByPath.get(path).occurredOn).toArray(LocalDate[]::new);
        return tx.list(BY_NATURAL_KEY, Tuple.of(titles, days), row -> row).map(rows -> {
            Map<Long, Long> byOrdinal = new HashMap<>();
            rows.forEach(row -> byOrdinal.putIfAbsent(row.getLong("ord"), row.getLong("id")));
            Map<String, Long> keys = new LinkedHashMap<>();
            for (int i = 0; i < paths.size(); i++) {
                Long key = byOrdinal.get((long) i + 1);
                EventRefInput ref = refsByPath.get(paths.get(i));
                check.require(key != null, paths.get(i), "no event \"" + ref.title + "\" of " + ref.occurredOn + " is recorded.");
                if (key != null) {
                    keys.put(paths.get(i), key);
                }
            }
            return keys;
        });
    }
}
