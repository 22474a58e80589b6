package io.entente.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records the dated steps of a regime's life after its adoption (renewed, extended, suspended, lifted) inside a
 * transaction. Each step is a row of its history and bumps the regime's version, checked like an update's.
 *
 * <p>The rules follow the record: steps come in date order from the adoption on; nothing follows a lifting; only a
 * regime in force can be suspended or extended; renewing a suspended regime resumes it.
 */
public final class SanctionSteps {

    // The regime's adoption and its latest step (by day, then by the order recorded), and whether the same step
    // was already recorded on the day asked for.
    private static final String STATE = "select r.adopted_on, sc.status, sc.changed_on, exists (select 1 from"
            + " sanction_status_change x where x.regime_id = r.id and x.changed_on = $2 and x.status = $3) as repeated"
            + " from sanction_regime r left join lateral (select status, changed_on from sanction_status_change"
            + " where regime_id = r.id order by changed_on desc, id desc limit 1) sc on true where r.id = $1";

    private record State(LocalDate adoptedOn, SanctionStatus latest, LocalDate latestOn, boolean repeated) {

        static State from(Row row) {
            String status = row.getString("status");
            return new State(row.getLocalDate("adopted_on"), status == null ? SanctionStatus.ADOPTED : SanctionStatus.valueOf(status),
                    row.getLocalDate("changed_on"), row.getBoolean("repeated"));
        }
    }

    private SanctionSteps() {
    }

    public static Uni<Void> renew(Tx tx, long key, int version, LocalDate on, LocalDate until, String note) {
        return record(tx, key, version, SanctionStatus.RENEWED, on, until, note, null);
    }

    /**
     * Records the extension and adds {@code measures} (may be null); a kind the regime imposes already takes the new
     * description, if one is given.
     */
    public static Uni<Void> extend(Tx tx, long key, int version, LocalDate on, LocalDate until, String note,
            List<SanctionMeasureInput> measures) {
        return record(tx, key, version, SanctionStatus.EXTENDED, on, until, note, measures);
    }

    public static Uni<Void> suspend(Tx tx, long key, int version, LocalDate on, String note) {
        return record(tx, key, version, SanctionStatus.SUSPENDED, on, null, note, null);
    }

    public static Uni<Void> lift(Tx tx, long key, int version, LocalDate on, String note) {
        return record(tx, key, version, SanctionStatus.LIFTED, on, null, note, null);
    }

    private static Uni<Void> record(Tx tx, long key, int version, SanctionStatus step, LocalDate on, LocalDate until, String note,
            List<SanctionMeasureInput> measures) {
        // The arguments are the fields here: problems are named "on", "until", "measures[1].measure".
        InputCheck check = new InputCheck("");
        check.inOrder(on, until, false, "until", "on");
        boolean noNulls = true;
        for (int i = 0; measures != null && i < measures.size(); i++) {
            noNulls &= measures.get(i) != null;
            check.require(measures.get(i) != null, "measures[" + i + "]", "must not be null.");
        }
        if (noNulls) {
            SanctionWrites.requireDistinctMeasures(check, measures, i -> "measures[" + i + "].measure");
        }
        // The version check comes first and locks the regime, so that its state read next holds until commit.
        return tx.touch("sanction_regime", "sanction regime", key, version)
                .chain(() -> tx.first(STATE, Tuple.of(key, on, step.name()), State::from))
                .chain(state -> {
                    requireAllowed(check, step, state, on);
                    check.orFail();
                    Columns columns = new Columns().set("regime_id", key).set("status", step.name()).set("changed_on", on)
                            .set("in_force_until", until).set("note", note);
                    return tx.insert("sanction_status_change", columns)
                            .chain(() -> measures == null ? Uni.createFrom().voidItem() : SanctionWrites.addMeasures(tx, key, measures));
                });
    }

    private static void requireAllowed(InputCheck check, SanctionStatus step, State state, LocalDate on) {
        if (state.latest() == SanctionStatus.LIFTED) {
            check.require(false, "id", "the regime was lifted on " + state.latestOn() + "; nothing follows a lifting.");
        } else if (step == SanctionStatus.SUSPENDED || step == SanctionStatus.EXTENDED) {
            check.require(state.latest().inForce(), "id",
                    "the regime is suspended since " + state.latestOn() + "; renew it to resume it first.");
        }
        if (on.isBefore(state.adoptedOn())) {
            check.require(false, "on", "must be on or after the regime's adoption (" + state.adoptedOn() + ").");
        } else {
            check.require(state.latestOn() == null || !on.isBefore(state.latestOn()), "on",
                    "must be on or after the regime's latest step (" + state.latest() + " on " + state.latestOn() + ").");
        }
        check.require(!state.repeated(), "on", "the regime was already " + step.name().toLowerCase(Locale.ROOT) + " on that day.");
    }
}
