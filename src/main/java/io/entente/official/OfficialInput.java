package io.entente.official;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a client sends to create or replace an official. */
@Input("OfficialInput")
@Description("An official as a client writes it.")
public class OfficialInput {

    @NotNull
    @Size(min = 1, max = 200)
    @Description("Full name (1-200 characters).")
    public String fullName;

    @Size(max = 20)
    @Description("Other spellings and transliterations (at most 20, each 1-200 characters).")
    public List<@NonNull @Size(min = 1, max = 200) String> aliases;

    @NotNull
    @Description("ISO 3166-1 code of the country the official serves.")
    public String countryCode;

    @Description("Date of birth.")
    public LocalDate bornOn;

    @Valid
    @Size(max = 100)
    @Description("The offices held. On update, a given list replaces all the official's positions; null keeps them.")
    public List<@NonNull PositionInput> positions;
}
