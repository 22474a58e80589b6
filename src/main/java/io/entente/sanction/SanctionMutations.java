package io.entente.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.Tx;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;

/** The root fields that write sanction regimes, their designations and the steps of their life. */
@GraphQLApi
public class SanctionMutations {

    private static final String STEP_RULES = " Steps come in date order: `on` may not precede the adoption nor the latest"
            + " step. Nothing follows a lifting. Needs the `editor` role and the regime's version last read (`CONFLICT` if it"
            + " changed since); the regime's version goes up by one.";

    private final Writes writes;
    private final SanctionQueries sanctions;

    public SanctionMutations(Writes writes, SanctionQueries sanctions) {
        this.writes = writes;
        this.sanctions = sanctions;
    }

    @Mutation
    @Description("Records a sanction regime with its measures, designations, triggering events and sources, and its"
            + " `ADOPTED` step dated `adoptedOn`. Needs the `editor` role.")
    public Uni<@NonNull SanctionRegime> createSanctionRegime(
            @NonNull @Valid @Description("The regime, its lists and its sources.") SanctionRegimeInput input) {
        return writes.edit(tx -> SanctionWrites.write(tx, input, null, null), sanctions::byKeys);
    }

    @Mutation
    @Description("Replaces a regime's fields, and each of its lists that is given (a list left null is kept). Its history"
            + " is kept, the `ADOPTED` step moving with `adoptedOn`. Needs the `editor` role and the version last read.")
    public Uni<@NonNull SanctionRegime> updateSanctionRegime(@NonNull @Id @Description("The regime's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The regime's new fields; lists left null are kept.") SanctionRegimeInput input) {
        long key = GlobalId.parse(id, NodeType.SANCTION_REGIME);
        return writes.edit(tx -> SanctionWrites.write(tx, input, key, version), sanctions::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a regime and, with it, its history, measures, designations and links to events and sources (the"
            + " events and sources themselves stay). Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteSanctionRegime(@NonNull @Id @Description("The regime's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.SANCTION_REGIME);
        return writes.delete(id, tx -> tx.delete("sanction_regime", "sanction regime", key, version));
    }

    @Mutation
    @Description("Records that the regime was prolonged (a `RENEWED` step). Renewing a suspended regime resumes it."
            + STEP_RULES)
    public Uni<@NonNull SanctionRegime> renewSanctionRegime(@NonNull @Id @Description("The regime's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Description("The day of the decision.") LocalDate on,
            @Description("The day the measures now lapse (after `on`), where the act fixes one.") LocalDate until,
            @Size(max = 2000) @Description("What the decision did (at most 2000 characters).") String note) {
        long key = GlobalId.parse(id, NodeType.SANCTION_REGIME);
        return step(key, tx -> SanctionSteps.renew(tx, key, version, on, until, note));
    }

    @Mutation
    @Description("Records that the regime was widened in scope (an `EXTENDED` step), adding the measures given. Only a"
            + " regime in force can be extended." + STEP_RULES)
    public Uni<@NonNull SanctionRegime> extendSanctionRegime(@NonNull @Id @Description("The regime's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Description("The day of the decision.") LocalDate on,
            @Description("The day the measures now lapse (after `on`), where the act fixes one.") LocalDate until,
            @Size(max = 2000) @Description("What the decision did (at most 2000 characters).") String note,
            // List<@NonNull ...> would make the argument itself non-null (smallrye-graphql issue 753): null entries
            // are refused in SanctionSteps instead.
            @Valid @Size(max = 20) @Description("Measures added, each kind once. A kind the regime imposes already stays, its"
                    + " description replaced by the one given (the scope as widened), if any.") List<SanctionMeasureInput> measures) {
        long key = GlobalId.parse(id, NodeType.SANCTION_REGIME);
        return step(key, tx -> SanctionSteps.extend(tx, key, version, on, until, note, measures));
    }

    @Mutation
    @Description("Records that the regime stopped applying for a time (a `SUSPENDED` step); renewing it resumes it. Only a"
            + " regime in force can be suspended." + STEP_RULES)
    public Uni<@NonNull SanctionRegime> suspendSanctionRegime(@NonNull @Id @Description("The regime's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Description("The day of the decision.") LocalDate on,
            @Size(max = 2000) @Description("What the decision did (at most 2000 characters).") String note) {
        long key = GlobalId.parse(id, NodeType.SANCTION_REGIME);
        return step(key, tx -> SanctionSteps.suspend(tx, key, version, on, note));
    }

    @Mutation
    @Description("Records that the regime ended (a `LIFTED` step), in force or suspended. A lifted regime takes no further"
            + " step." + STEP_RULES)
    public Uni<@NonNull SanctionRegime> liftSanctionRegime(@NonNull @Id @Description("The regime's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Description("The day of the decision.") LocalDate on,
            @Size(max = 2000) @Description("What the decision did (at most 2000 characters).") String note) {
        long key = GlobalId.parse(id, NodeType.SANCTION_REGIME);
        return step(key, tx -> SanctionSteps.lift(tx, key, version, on, note));
    }

    @Mutation
    @Description("Lists an official under a regime. The regime counts as changed: its version goes up by one, whatever"
            + " version the client last read of it. Needs the `editor` role.")
    public Uni<@NonNull Designation> createDesignation(@NonNull @Id @Description("The regime's id.") String regimeId,
            @NonNull @Valid @Description("The listing.") DesignationInput input) {
        long regimeKey = GlobalId.parse(regimeId, NodeType.SANCTION_REGIME);
        return writes.edit(tx -> DesignationWrites.write(tx, regimeKey, input, null, null), sanctions::designationsByKeys);
    }

    @Mutation
    @Description("Corrects a designation; to delist the official, set `delistedOn`. Needs the `editor` role and the"
            + " designation's version last read. The regime's version goes up by one, as for `createDesignation`.")
    public Uni<@NonNull Designation> updateDesignation(@NonNull @Id @Description("The designation's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The listing as it should now read.") DesignationInput input) {
        long key = GlobalId.parse(id, NodeType.DESIGNATION);
        return writes.edit(tx -> DesignationWrites.regimeOf(tx, key)
                .chain(regimeKey -> DesignationWrites.write(tx, regimeKey, input, key, version)), sanctions::designationsByKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a designation recorded in error (to record a delisting, update its `delistedOn` instead). The"
            + " regime's version goes up by one. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteDesignation(@NonNull @Id @Description("The designation's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.DESIGNATION);
        return writes.delete(id, tx -> DesignationWrites.delete(tx, key, version));
    }

    private Uni<SanctionRegime> step(long key, Function<Tx, Uni<Void>> work) {
        return writes.edit(tx -> work.apply(tx).replaceWith(key), sanctions::byKeys);
    }
}
