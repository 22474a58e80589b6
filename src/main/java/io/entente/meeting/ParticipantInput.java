package io.entente.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.entente.official.OfficialRefInput;

/** One official taking part in a meeting, as a client writes it. */
@Input("ParticipantInput")
@Description("An official taking part in a meeting.")
public class ParticipantInput {

    @Id
    @Description("The official's id (or give `official`). Each official takes part once.")
    public String officialId;

    @Valid
    @Description("The official by country and full name, instead of `officialId` (as import files do).")
    public OfficialRefInput official;

    @Description("ISO code of the delegation the official sat with; the official's own country unless given. Its country"
            + " becomes one of the meeting's parties.")
    public String delegationCountryCode;

    @NotNull
    @Description("The part the official played.")
    public ParticipantRole role;
}
