package io.entente.meeting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.source.SourceInput;
import io.entente.statement.StatementInput;

/** What a client sends to record or replace a meeting, with its participants, quotes and sources. */
@Input("MeetingInput")
@Description("A meeting as a client writes it, with its parties, participants, quotes and sources in one call. On"
        + " update, each list given replaces the meeting's current one and each list left null is kept.")
public class MeetingInput {

    @NotNull
    @Size(min = 1, max = 300)
    @Description("Title (1-300 characters).")
    public String title;

    @NotNull
    @Description("First day.")
    public LocalDate startDate;

    @Description("Last day (on or after `startDate`), for meetings over several days.")
    public LocalDate endDate;

    @Size(min = 1, max = 200)
    @Description("City (1-200 characters).")
    public String city;

    @Description("ISO code of the host country.")
    public String hostCountryCode;

    @NotNull
    @Description("Format.")
    public MeetingFormat format;

    @Size(max = 10000)
    @Description("What happened (at most 10000 characters).")
    public String summary;

    @Size(max = 50)
    @Description("ISO codes of the countries meeting (the parties), at most 50. Participants' delegations are parties too.")
    public List<@NonNull String> countryCodes;

    @Valid
    @Size(max = 200)
    @Description("Who took part (at most 200, each official once).")
    public List<@NonNull ParticipantInput> participants;

    @Valid
    @Size(max = 200)
    @Description("What was said (at most 200 quotes). On update, a given list replaces the meeting's quotes (new ids).")
    public List<@NonNull StatementInput> statements;

    @Valid
    @Size(max = 50)
    @Description("Where the facts come from (at most 50); recorded by URL.")
    public List<@NonNull SourceInput> sources;
}
