package io.entente.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.entente.country.CountryRefs;
import io.entente.source.SourceWrites;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Writes an event with its countries and sources in one transaction; the mutations and the import share it. */
public final class EventWrites {

    private EventWrites() {
    }

    /** Creates the event ({@code key} null) or replaces it; answers its key. */
    public static Uni<Long> write(Tx tx, EventInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        SourceWrites.check(check, "sources", input.sources);
        List<String> countries = input.countryCodes == null ? List.of() : input.countryCodes;
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            codes.put(check.path("countryCodes", i), countries.get(i));
        }
        return CountryRefs.keys(tx, check, codes).chain(countryKeys -> {
            check.orFail();
            Columns columns = new Columns()
                    .set("title", input.title.strip())
                    .set("occurred_on", input.occurredOn)
                    .set("kind", input.kind.name())
                    .set("description", input.description);
            Uni<Long> written = key == null
                    ? tx.insert("event", columns)
                    : tx.update("event", "event", key, version, columns).replaceWith(key);
            Long[] involved = countryKeys.values().stream().distinct().toArray(Long[]::new);
            return written
                    .call(eventKey -> input.countryCodes == null ? Uni.createFrom().voidItem()
                            : tx.execute("delete from event_country where event_id = $1", Tuple.of(eventKey))
                                    .chain(() -> tx.execute("insert into event_country (event_id, country_id)"
                                            + " select $1, unnest($2::bigint[])", Tuple.of(eventKey, involved))))
                    .call(eventKey -> input.sources == null ? Uni.createFrom().voidItem()
                            : SourceWrites.cite(tx, "event_source", "event_id", eventKey, input.sources));
        });
    }
}
