package io.entente.statement;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.entente.official.OfficialRefInput;

/** What a client sends to record a quote. */
@Input("StatementInput")
@Description("A quote as a client writes it.")
public class StatementInput {

    @Id
    @Description("The speaker: an official's id (or give `speaker`).")
    public String speakerId;

    @Valid
    @Description("The speaker by country and full name, instead of `speakerId` (as import files do).")
    public OfficialRefInput speaker;

    @NotNull
    @Size(min = 1, max = 10000)
    @Description("The words quoted (1-10000 characters).")
    public String text;

    @Description("When it was said.")
    public LocalDate saidOn;

    @Size(max = 500)
    @Description("Circumstances (a press conference, an interview), at most 500 characters.")
    public String context;

    @Size(max = 2000)
    @Description("URL of the source quoting it: a source already recorded, or one the same input cites.")
    public String sourceUrl;
}
