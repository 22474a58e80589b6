package io.entente.bloc;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What a client sends to record or correct a country's membership of a bloc. */
@Input("BlocMembershipInput")
@Description("A country's membership of a bloc over a period, as a client writes it.")
public class BlocMembershipInput {

    @NotNull
    @Description("The bloc's code.")
    public String blocCode;

    @NotNull
    @Description("The member's ISO 3166-1 alpha-2 or alpha-3 code.")
    public String countryCode;

    @NotNull
    @Description("First day of membership.")
    public LocalDate since;

    @Description("First day no longer a member (after `since`); null while it lasts.")
    public LocalDate until;
}
