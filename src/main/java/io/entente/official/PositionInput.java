package io.entente.official;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What a client sends to record one office held for a period. */
@Input("PositionInput")
@Description("One office held for a period, as a client writes it. A term may not overlap another term of the same"
        + " office: for heads of state and government, foreign and defence ministers, the office is the country's (one"
        + " holder at a time); for other kinds, it is the title held by the same person.")
public class PositionInput {

    @NotNull
    @Size(min = 1, max = 300)
    @Description("Title as used at the time (1-300 characters).")
    public String title;

    @NotNull
    @Description("Kind of office.")
    public PositionKind kind;

    @NotNull
    @Description("First day in office.")
    public LocalDate startDate;

    @Description("First day out of office (after `startDate`); null while in office.")
    public LocalDate endDate;
}
