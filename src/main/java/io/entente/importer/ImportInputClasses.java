package io.entente.importer;

import io.entente.bloc.BlocInput;
import io.entente.bloc.BlocMembershipInput;
import io.entente.country.CountryInput;
import io.entente.country.Region;
import io.entente.event.EventInput;
import io.entente.event.EventKind;
import io.entente.event.EventRefInput;
import io.entente.meeting.MeetingFormat;
import io.entente.meeting.MeetingInput;
import io.entente.meeting.ParticipantInput;
import io.entente.meeting.ParticipantRole;
import io.entente.official.OfficialInput;
import io.entente.official.OfficialRefInput;
import io.entente.official.PositionInput;
import io.entente.official.PositionKind;
import io.entente.sanction.DesignationInput;
import io.entente.sanction.MeasureKind;
import io.entente.sanction.SanctionMeasureInput;
import io.entente.sanction.SanctionRegimeInput;
import io.entente.sanction.SanctionStatus;
import io.entente.source.SourceInput;
import io.entente.statement.StatementInput;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The input classes an import line can hold, at any depth, and their enums: {@link InputShape} reads their fields,
 * field types, {@code @Input} names and enum constants by reflection, and JSON-B fills them, so a native image must
 * keep all of that.
 */
@RegisterForReflection(targets = { BlocInput.class, BlocMembershipInput.class, CountryInput.class, EventInput.class, EventRefInput.class,
        MeetingInput.class, ParticipantInput.class, OfficialInput.class, OfficialRefInput.class, PositionInput.class,
        DesignationInput.class, SanctionMeasureInput.class, SanctionRegimeInput.class, SourceInput.class, StatementInput.class,
        MeetingFormat.class, ParticipantRole.class, PositionKind.class, Region.class, EventKind.class, MeasureKind.class, SanctionStatus.class })
final class ImportInputClasses {

    private ImportInputClasses() {
    }
}
