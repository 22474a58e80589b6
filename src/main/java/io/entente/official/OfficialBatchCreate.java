package io.entente.official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;

import io.entente.country.CountryRefs;
import io.entente.write.BatchCreate;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Creates the new officials of an import batch: their countries found in one statement, each input judged by
 * {@link OfficialWrites}' rules, then one statement for the officials and one for their positions (the office-span
 * trigger runs once per statement). An official with a term in a one-holder office (head of state, foreign
 * minister ...) is written alone, by the mutation's way: only that way checks the country's other officials.
 * Terms in other offices are compared with the same official's terms only, all in the input of a new official.
 */
public class OfficialBatchCreate implements BatchCreate<OfficialInput> {

    // aliases travel as one JSON array per official: unnest cannot take an array of arrays of different lengths
    private static final String INSERT = "insert into official (id, full_name, aliases, country_id, born_on, created_by, updated_by)"
            + " select r.id, r.name, array(select jsonb_array_elements_text(r.aliases::jsonb)), r.country, r.born, $6, $6"
            + " from unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::date[]) r(id, name, aliases, country, born)";
    private static final String ADD_POSITIONS = "insert into position (official_id, title, kind, start_date, end_date, created_by,"
            + " updated_by) select r.*, $6, $6 from unnest($1::bigint[], $2::text[], $3::text[], $4::date[], $5::date[]) r";

    /** Once: {@code Json.createArrayBuilder} looks its provider up through the ServiceLoader at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Uni<List<Created>> create(Tx tx, List<OfficialInput> inputs) {
        return CountryRefs.find(tx, inputs.stream().map(input -> input.countryCode).toList()).chain(byCode -> {
            List<Created> outcomes = new ArrayList<>();
            List<Integer> fit = new ArrayList<>();
            List<Long> countries = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                OfficialInput input = inputs.get(i);
                InputCheck check = new InputCheck("input");
                List<PositionInput> positions = input.positions == null ? List.of() : input.positions;
                OfficialWrites.checkTerms(check, positions, index -> check.path("positions", index));
                Long country = CountryRefs.keys(check, Map.of(check.path("countryCode"), input.countryCode), byCode)
                        .get(check.path("countryCode"));
                if (!check.ok()) {
                    outcomes.add(Created.refused(check.failure()));
                } else if (positions.stream().anyMatch(position -> position.kind.singleHolder())) {
                    outcomes.add(Created.ALONE);
                } else {
                    outcomes.add(null);
                    fit.add(i);
                    countries.add(country);
                }
            }
            if (fit.isEmpty()) {
                return Uni.createFrom().item(outcomes);
            }
            return tx.newKeys("official", fit.size()).chain(keys -> write(tx, inputs, fit, countries, keys).map(written -> {
                for (int i = 0; i < fit.size(); i++) {
                    outcomes.set(fit.get(i), Created.key(keys[i]));
                }
                return outcomes;
            }));
        });
    }

    private static Uni<Void> write(Tx tx, List<OfficialInput> inputs, List<Integer> fit, List<Long> countries, long[] keys) {
        int n = fit.size();
        Long[] ids = new Long[n];
        String[] names = new String[n];
        String[] aliases = new String[n];
        LocalDate[] born = new LocalDate[n];
        List<Long> holders = new ArrayList<>();
        List<PositionInput> positions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OfficialInput input = inputs.get(fit.get(i));
            ids[i] = keys[i];
            names[i] = input.fullName.strip();
            JsonArrayBuilder list = JSON.createArrayBuilder();
            (input.aliases == null ? List.<String> of() : input.aliases).forEach(alias -> list.add(alias.strip()));
            aliases[i] = list.build().toString();
            born[i] = input.bornOn;
            for (PositionInput position : input.positions == null ? List.<PositionInput> of() : input.positions) {
                holders.add(keys[i]);
                positions.add(position);
            }
        }
        String actor = tx.actor().name();
        Uni<Void> officials = tx.execute(INSERT, Tuple.tuple().addValue(ids).addValue(names).addValue(aliases)
                .addValue(countries.toArray(Long[]::new)).addValue(born).addValue(actor)).replaceWithVoid();
        Uni<Void> terms = positions.isEmpty() ? Uni.createFrom().voidItem()
                : tx.execute(ADD_POSITIONS, Tuple.tuple().addValue(holders.toArray(Long[]::new))
                        .addValue(positions.stream().map(p -> p.title.strip()).toArray(String[]::new))
                        .addValue(positions.stream().map(p -> p.kind.name()).toArray(String[]::new))
                        .addValue(positions.stream().map(p -> p.startDate).toArray(LocalDate[]::new))
                        .addValue(positions.stream().map(p -> p.endDate).toArray(LocalDate[]::new)).addValue(actor)).replaceWithVoid();
        return Uni.join().all(officials, terms).andFailFast().replaceWithVoid();
    }
}
