package io.entente.meeting;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Rows;
import io.entente.db.SelectList;
import io.entente.official.Official;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.vertx.mutiny.sqlclient.Row;

/** An official's attendance at a meeting, in a country's delegation. */
@Entity
@Table(name = "meeting_participant")
@IdClass(Participant.Key.class)
@Description("An official's attendance at a meeting, as part of a country's delegation.")
public class Participant extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Ignore
    @Column(name = "meeting_id")
    public Long meetingKey;

    @jakarta.persistence.Id
    @Ignore
    @Column(name = "official_id")
    public Long officialKey;

    @Ignore
    @Column(name = "delegation_country_id")
    public Long delegationCountryKey;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The part the official played.")
    public ParticipantRole role;

    // Read in the same statement as the participant (a participant has exactly one official), so a plain
    // property: as a batch field it cost a future and a batch round per participant for no statement.
    @NonNull
    @Transient
    @Description("The official.")
    public Official official;

    /** The meeting always: participants are grouped by it. */
    static final SelectList SELECT = SelectList.always("mp.meeting_id, mp.official_id")
            .when("delegationCountry", "mp.delegation_country_id")
            .when("role", "mp.role");

    /** A participant row that also carries its official's columns ({@link Official#SELECT}). */
    static Participant withOfficial(Row row) {
        Participant participant = from(row);
        participant.official = Official.from(row);
        return participant;
    }

    static Participant from(Row row) {
        Participant participant = Rows.untracked(new Participant());
        participant.meetingKey = row.getLong("meeting_id");
        participant.officialKey = row.getLong("official_id");
        participant.delegationCountryKey = Rows.optionalLong(row, "delegation_country_id");
        participant.role = Rows.optionalEnum(row, "role", ParticipantRole::valueOf);
        return participant;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long meetingKey;
        public Long officialKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meetingKey, key.meetingKey)
                    && Objects.equals(officialKey, key.officialKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingKey, officialKey);
        }
    }
}
