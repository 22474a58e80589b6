package io.entente.sanction;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.entente.official.OfficialRefInput;

/** What a client sends to list an official under a regime, or to correct or end a listing. */
@Input("DesignationInput")
@Description("An official's listing under a sanction regime, as a client writes it. Listings of the same official under"
        + " the same regime may not overlap (so no two start on the same day), and none starts before the regime's adoption.")
public class DesignationInput {

    @Id
    @Description("The official listed (or give `official`).")
    public String officialId;

    @Valid
    @Description("The official listed, by country and full name, instead of `officialId` (as import files do).")
    public OfficialRefInput official;

    @NotNull
    @Description("The day the official was listed, on or after the regime's `adoptedOn`.")
    public LocalDate listedOn;

    @Description("The day the official was delisted (after `listedOn`); null while listed.")
    public LocalDate delistedOn;

    @Size(max = 4000)
    @Description("The grounds for listing (at most 4000 characters).")
    public String reason;
}
