package io.entente.sanction;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Rows;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.vertx.mutiny.sqlclient.Row;

/** One kind of measure a regime imposes, with what it covers. */
@Entity
@Table(name = "sanction_measure")
@IdClass(SanctionMeasure.Key.class)
@Description("One kind of measure a regime imposes.")
public class SanctionMeasure extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Ignore
    @Column(name = "regime_id")
    public Long regimeKey;

    @jakarta.persistence.Id
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The kind of measure.")
    public MeasureKind measure;

    @Description("What it covers.")
    public String description;

    static final String COLUMNS = "sm.regime_id, sm.measure, sm.description";

    static SanctionMeasure from(Row row) {
        SanctionMeasure measure = Rows.untracked(new SanctionMeasure());
        measure.regimeKey = row.getLong("regime_id");
        measure.measure = MeasureKind.valueOf(row.getString("measure"));
        measure.description = row.getString("description");
        return measure;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long regimeKey;
        public MeasureKind measure;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(regimeKey, key.regimeKey) && measure == key.measure;
        }

        @Override
        public int hashCode() {
            return Objects.hash(regimeKey, measure);
        }
    }
}
