package io.entente.sanction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What a client sends to record one kind of measure a regime imposes. */
@Input("SanctionMeasureInput")
@Description("One kind of measure a regime imposes, as a client writes it. A regime imposes each kind at most once.")
public class SanctionMeasureInput {

    @NotNull
    @Description("The kind of measure.")
    public MeasureKind measure;

    @Size(max = 2000)
    @Description("What it covers (at most 2000 characters).")
    public String description;
}
