package io.entente.event;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** An event named by title and date instead of id: what an import file, written before any id existed, can say. */
@Input("EventRefInput")
@Description("An event named by natural key (exact title and date) rather than by id, as import files do.")
public class EventRefInput {

    @NotNull
    @Size(min = 1, max = 300)
    @Description("The event's title, exactly as recorded.")
    public String title;

    @NotNull
    @Description("The day it happened.")
    public LocalDate occurredOn;
}
