package io.entente.meeting;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One official taking part in a meeting, as a client writes it. */
@Input("ParticipantInput")
@Description("An official taking part in a meeting.")
public class ParticipantInput {

    @NonNull
    @Id
    @Description("The official's id. Each official takes part once.")
    public String officialId;

    @Description("ISO code of the delegation the official sat with; the official's own country unless given. Its country"
            + " becomes one of the meeting's parties.")
    public String delegationCountryCode;

    @NotNull
    @Description("The part the official played.")
    public ParticipantRole role;
}
