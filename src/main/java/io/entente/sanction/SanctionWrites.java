package io.entente.sanction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import io.entente.bloc.BlocRefs;
import io.entente.country.CountryRefs;
import io.entente.graphql.NodeType;
import io.entente.event.EventRefInput;
import io.entente.event.EventRefs;
import io.entente.official.OfficialRefs;
import io.entente.source.SourceWrites;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Refs;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes sanction regimes with their measures, designations, triggering events and sources inside a transaction;
 * the mutations and the import share it. Designations on their own are {@link DesignationWrites}, the dated steps
 * of a regime's life {@link SanctionSteps}.
 */
public final class SanctionWrites {

    private static final String INSERT_MEASURE = "insert into sanction_measure (regime_id, measure, description) values ($1, $2, $3)";
    private static final String INSERT_DESIGNATION = "insert into designation (regime_id, official_id, listed_on, delisted_on,"
            + " reason, created_by, updated_by) values ($1, $2, $3, $4, $5, $6, $6)";
    private static final String MOVE_ADOPTION = "update sanction_status_change set changed_on = $2, in_force_until = $3,"
            + " version = version + 1, updated_at = now(), updated_by = $4 where regime_id = $1 and status = 'ADOPTED'"
            + " and (changed_on, in_force_until) is distinct from ($2, $3)";
    private static final String FIRST_STEP_AND_LISTING = "select (select min(changed_on) from sanction_status_change"
            + " where regime_id = $1 and status <> 'ADOPTED') as first_step,"
            + " (select min(listed_on) from designation where regime_id = $1) as first_listing";

    /** The issuer found for a code: a country or a bloc (both null when nothing has it). */
    private record Issuer(Long countryKey, Long blocKey) {
    }

    /** The earliest step after the adoption and the earliest listing of a regime, either null. */
    private record Firsts(LocalDate step, LocalDate listing) {
    }

    /** The rows an input refers to, by field path. */
    private record Links(Issuer issuer, Long targetKey, Map<String, Long> officials, Map<String, Long> events) {
    }

    private SanctionWrites() {
    }

    /** Creates the regime ({@code key} null) with its {@code ADOPTED} step, or replaces it; answers its key. */
    public static Uni<Long> write(Tx tx, SanctionRegimeInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        checkFields(check, input);
        return links(tx, check, input).chain(links -> {
            checkLinks(check, input, links);
            check.orFail();
            Columns columns = new Columns()
                    .set("name", input.name.strip())
                    .set("issuer_country_id", links.issuer().countryKey())
                    .set("issuer_bloc_id", links.issuer().blocKey())
                    .set("target_country_id", links.targetKey())
                    .set("legal_basis", input.legalBasis.strip())
                    .set("adopted_on", input.adoptedOn)
                    .set("description", input.description)
                    .set("lifting_conditions", input.liftingConditions);
            if (key == null) {
                return tx.insert("sanction_regime", columns)
                        .call(created -> tx.insert("sanction_status_change", new Columns().set("regime_id", created)
                                .set("status", SanctionStatus.ADOPTED.name()).set("changed_on", input.adoptedOn)
                                .set("in_force_until", input.inForceUntil)))
                        .call(created -> writeLists(tx, check, input, links, created, true));
            }
            return tx.update("sanction_regime", "sanction regime", key, version, columns)
                    .chain(() -> tx.execute(MOVE_ADOPTION, Tuple.of(key, input.adoptedOn, input.inForceUntil, tx.actor().name())))
                    .chain(() -> requireAdoptionFirst(tx, check, key, input))
                    .chain(() -> writeLists(tx, check, input, links, key, false))
                    .replaceWith(key);
        });
    }

    /** Each kind of measure at most once; {@code pathOf} names the {@code measure} field of the i-th entry. */
    static void requireDistinctMeasures(InputCheck check, List<SanctionMeasureInput> measures, IntFunction<String> pathOf) {
        for (int i = 0; measures != null && i < measures.size(); i++) {
            MeasureKind kind = measures.get(i).measure;
            int first = measures.stream().map(m -> m.measure).toList().indexOf(kind);
            check.require(first == i, pathOf.apply(i), "repeats measures[" + first + "] (" + kind + "); a regime imposes each kind once.");
        }
    }

    /** Adds (or, for a kind already imposed, redescribes when a description is given) measures of a regime. */
    static Uni<Void> addMeasures(Tx tx, long regimeKey, List<SanctionMeasureInput> measures) {
        return tx.executeBatch(INSERT_MEASURE + " on conflict (regime_id, measure) do update"
                + " set description = coalesce(excluded.description, sanction_measure.description)", measureRows(regimeKey, measures));
    }

    private static void checkFields(InputCheck check, SanctionRegimeInput input) {
        check.require(!input.name.isBlank(), check.path("name"), "must not be blank.");
        check.require(!input.legalBasis.isBlank(), check.path("legalBasis"), "must not be blank.");
        check.inOrder(input.adoptedOn, input.inForceUntil, false, check.path("inForceUntil"), "adoptedOn");
        requireDistinctMeasures(check, input.measures, i -> check.path("measures", i, "measure"));
        List<DesignationInput> designations = input.designations == null ? List.of() : input.designations;
        for (int i = 0; i < designations.size(); i++) {
            DesignationInput designation = designations.get(i);
            check.require(!designation.listedOn.isBefore(input.adoptedOn), check.path("designations", i, "listedOn"),
                    "must be on or after adoptedOn (" + input.adoptedOn + ").");
            check.inOrder(designation.listedOn, designation.delistedOn, false, check.path("designations", i, "delistedOn"), "listedOn");
        }
        List<String> events = input.triggeringEventIds == null ? List.of() : input.triggeringEventIds;
        for (int i = 0; i < events.size(); i++) {
            int first = events.indexOf(events.get(i));
            check.require(first == i, check.path("triggeringEventIds", i), "repeats triggeringEventIds[" + first + "].");
        }
        SourceWrites.check(check, "sources", input.sources);
    }

    /** Resolves issuer, target, officials and events: one statement each, every unknown one a problem at its path. */
    private static Uni<Links> links(Tx tx, InputCheck check, SanctionRegimeInput input) {
        Map<String, OfficialRefs.Ref> officialRefs = new LinkedHashMap<>();
        for (int i = 0; input.designations != null && i < input.designations.size(); i++) {
            DesignationInput designation = input.designations.get(i);
            officialRefs.put(check.path("designations", i), new OfficialRefs.Ref(designation.officialId, designation.official));
        }
        Map<String, String> eventIds = new LinkedHashMap<>();
        for (int i = 0; input.triggeringEventIds != null && i < input.triggeringEventIds.size(); i++) {
            eventIds.put(check.path("triggeringEventIds", i), input.triggeringEventIds.get(i));
        }
        Map<String, EventRefInput> eventRefs = new LinkedHashMap<>();
        for (int i = 0; input.triggeringEvents != null && i < input.triggeringEvents.size(); i++) {
            eventRefs.put(check.path("triggeringEvents", i), input.triggeringEvents.get(i));
        }
        return issuer(tx, check, input.issuerCode)
                .chain(issuer -> CountryRefs.key(tx, check, check.path("targetCode"), input.targetCode)
                        .chain(targetKey -> OfficialRefs.keys(tx, check, officialRefs, "officialId", "official")
                                .chain(officials -> Refs.keys(tx, check, "event", NodeType.EVENT, eventIds)
                                        .chain(events -> EventRefs.keys(tx, check, eventRefs).map(named -> {
                                            Map<String, Long> all = new LinkedHashMap<>(events);
                                            all.putAll(named);
                                            return new Links(issuer, targetKey, officials, all);
                                        })))));
    }

    /** A code of a country's form is tried as a country first; failing that, as a bloc's code. */
    private static Uni<Issuer> issuer(Tx tx, InputCheck check, String code) {
        String path = check.path("issuerCode");
        String shown = code.strip().toUpperCase(Locale.ROOT);
        // A scratch check: a code no country has may still be a bloc's (EU has the form of an alpha-2 code).
        Uni<Long> country = shown.matches("[A-Z]{2,3}")
                ? CountryRefs.key(tx, new InputCheck("input"), path, code)
                : Uni.createFrom().nullItem();
        return country.chain(countryKey -> countryKey != null
                ? Uni.createFrom().item(new Issuer(countryKey, null))
                : BlocRefs.key(tx, check, path, code, true).map(blocKey -> {
                    check.require(blocKey != null, path, "no country or bloc has the code " + shown + ".");
                    return new Issuer(null, blocKey);
                }));
    }

    private static void checkLinks(InputCheck check, SanctionRegimeInput input, Links links) {
        Long issuerCountry = links.issuer().countryKey();
        check.require(issuerCountry == null || !issuerCountry.equals(links.targetKey()), check.path("targetCode"),
                "is the issuer; a country cannot sanction itself.");
        List<DesignationInput> designations = input.designations == null ? List.of() : input.designations;
        for (int i = 0; i < designations.size(); i++) {
            Long official = links.officials().get(check.path("designations", i));
            for (int j = 0; j < i && official != null; j++) {
                check.require(!(official.equals(links.officials().get(check.path("designations", j)))
                        && overlap(designations.get(i), designations.get(j))), check.path("designations", i, "listedOn"),
                        "overlaps designations[" + j + "], a listing of the same official.");
            }
        }
    }

    static boolean overlap(DesignationInput a, DesignationInput b) {
        return (b.delistedOn == null || a.listedOn.isBefore(b.delistedOn)) && (a.delistedOn == null || b.listedOn.isBefore(a.delistedOn));
    }

    /** On update, the adoption may not move past a later step, nor past a listing that is kept. */
    private static Uni<Void> requireAdoptionFirst(Tx tx, InputCheck check, long key, SanctionRegimeInput input) {
        return tx.first(FIRST_STEP_AND_LISTING, Tuple.of(key),
                row -> new Firsts(row.getLocalDate("first_step"), row.getLocalDate("first_listing")))
                .map(firsts -> {
                    check.require(firsts.step() == null || !firsts.step().isBefore(input.adoptedOn), check.path("adoptedOn"),
                            "must be on or before the regime's first step after adoption (" + firsts.step() + ").");
                    check.require(input.designations != null || firsts.listing() == null
                            || !firsts.listing().isBefore(input.adoptedOn), check.path("adoptedOn"),
                            "must be on or before the regime's first listing (" + firsts.listing() + ").");
                    check.orFail();
                    return null;
                });
    }

    /** Writes the lists given (replacing the current ones unless {@code fresh}); lists left null are kept. */
    private static Uni<Void> writeLists(Tx tx, InputCheck check, SanctionRegimeInput input, Links links, long key, boolean fresh) {
        Uni<Void> done = Uni.createFrom().voidItem();
        if (input.measures != null) {
            done = done.chain(() -> clear(tx, "sanction_measure", key, fresh))
                    .chain(() -> tx.executeBatch(INSERT_MEASURE, measureRows(key, input.measures)));
        }
        if (input.designations != null) {
            List<Tuple> rows = new ArrayList<>();
            for (int i = 0; i < input.designations.size(); i++) {
                DesignationInput d = input.designations.get(i);
                rows.add(Tuple.of(key, links.officials().get(check.path("designations", i)), d.listedOn, d.delistedOn,
                        d.reason, tx.actor().name()));
            }
            done = done.chain(() -> clear(tx, "designation", key, fresh)).chain(() -> tx.executeBatch(INSERT_DESIGNATION, rows));
        }
        if (input.triggeringEventIds != null || input.triggeringEvents != null) {
            Long[] events = links.events().values().stream().distinct().toArray(Long[]::new);
            done = done.chain(() -> clear(tx, "sanction_regime_event", key, fresh))
                    .chain(() -> tx.execute("insert into sanction_regime_event (regime_id, event_id) select $1, unnest($2::bigint[])",
                            Tuple.of(key, events)).replaceWithVoid());
        }
        if (input.sources != null) {
            done = done.chain(() -> SourceWrites.cite(tx, "sanction_regime_source", "regime_id", key, input.sources).replaceWithVoid());
        }
        return done;
    }

    private static Uni<Void> clear(Tx tx, String table, long regimeKey, boolean fresh) {
        return fresh ? Uni.createFrom().voidItem()
                : tx.execute("delete from " + table + " where regime_id = $1", Tuple.of(regimeKey)).replaceWithVoid();
    }

    private static List<Tuple> measureRows(long regimeKey, List<SanctionMeasureInput> measures) {
        return measures.stream().map(m -> Tuple.of(regimeKey, m.measure.name(), m.description)).toList();
    }
}
