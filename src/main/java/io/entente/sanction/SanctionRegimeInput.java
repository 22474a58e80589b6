package io.entente.sanction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.event.EventRefInput;
import io.entente.source.SourceInput;

/** What a client sends to create or replace a sanction regime. */
@Input("SanctionRegimeInput")
@Description("A sanction regime as a client writes it. On update, the fields are replaced; a list given replaces the"
        + " regime's current one, a list left null keeps it.")
public class SanctionRegimeInput {

    @NotNull
    @Size(min = 1, max = 500)
    @Description("Name of the regime (1-500 characters).")
    public String name;

    @NotNull
    @Size(min = 1, max = 20)
    @Description("Who imposes it: a country's ISO 3166-1 code (`CA`, `CAN`) or a bloc's code (`EU`). A code of the form of"
            + " a country code names that country if one has it, else the bloc that has it. A country may not sanction itself.")
    public String issuerCode;

    @NotNull
    @Description("ISO 3166-1 code of the country it targets.")
    public String targetCode;

    @NotNull
    @Size(min = 1, max = 2000)
    @Description("The legal acts it rests on (1-2000 characters).")
    public String legalBasis;

    @NotNull
    @Description("The day it was adopted. Its history starts with an `ADOPTED` step on that day, which moves with it on"
            + " update; it may not move past a later step or a listing.")
    public LocalDate adoptedOn;

    @Description("The day the measures were set to lapse as adopted (after `adoptedOn`), where the act fixed one; recorded"
            + " on the `ADOPTED` step. On update, null clears it.")
    public LocalDate inForceUntil;

    @Size(max = 10000)
    @Description("What it does and why (at most 10000 characters).")
    public String description;

    @Size(max = 10000)
    @Description("What would have to happen for it to be lifted (at most 10000 characters).")
    public String liftingConditions;

    @Valid
    @Size(max = 20)
    @Description("The kinds of measure it imposes, each kind once. On update, a given list replaces all its measures; null"
            + " keeps them.")
    public List<@NonNull SanctionMeasureInput> measures;

    @Valid
    @Size(max = 500)
    @Description("The officials listed under it (at most 500). On update, a given list replaces all its designations, which"
            + " then get new ids; null keeps them. To list, delist or correct one official, use the designation mutations.")
    public List<@NonNull DesignationInput> designations;

    @Id
    @Size(max = 50)
    @Description("Ids of the events that led to it, each once (at most 50). On update, a given list replaces them; null"
            + " keeps them.")
    public List<@NonNull String> triggeringEventIds;

    @Valid
    @Size(max = 50)
    @Description("The events that led to it, by title and date, instead of or beside `triggeringEventIds` (as import"
            + " files do). On update, if either list is given, the two together replace the regime's triggering events.")
    public List<@NonNull EventRefInput> triggeringEvents;

    @Valid
    @Size(max = 50)
    @Description("Its legal acts and other sources (at most 50), recorded by URL. On update, a given list replaces the"
            + " sources it cites (the sources themselves stay); null keeps them.")
    public List<@NonNull SourceInput> sources;
}
