package io.entente.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.source.SourceInput;

/** What a client sends to record or replace an event. */
@Input("EventInput")
@Description("An event as a client writes it. On update, each list given replaces the current one; null lists are kept.")
public class EventInput {

    @NotNull
    @Size(min = 1, max = 300)
    @Description("Title (1-300 characters).")
    public String title;

    @NotNull
    @Description("When it happened.")
    public LocalDate occurredOn;

    @NotNull
    @Description("Kind of event.")
    public EventKind kind;

    @Size(max = 10000)
    @Description("What happened (at most 10000 characters).")
    public String description;

    @Size(max = 50)
    @Description("ISO codes of the countries involved (at most 50).")
    public List<@NonNull String> countryCodes;

    @Valid
    @Size(max = 50)
    @Description("Where the facts come from (at most 50); recorded by URL.")
    public List<@NonNull SourceInput> sources;
}
