package io.entente.sanction;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The conditions of {@code sanctionRegimes}, combined with AND. */
@Input("SanctionRegimeFilter")
@Description("Narrows `sanctionRegimes`; all given conditions must hold.")
public class SanctionRegimeFilter {

    @Description("Only regimes issued by this country (ISO code) or bloc (bloc code, e.g. `EU`).")
    public String issuerCode;

    @Description("Only regimes targeting this country (ISO code).")
    public String targetCode;

    @Description("Only regimes whose status today is this one.")
    public SanctionStatus status;

    @Description("Only regimes in force on this day (adopted, and neither suspended nor lifted then).")
    public LocalDate activeOn;

    @Description("Only regimes imposing this kind of measure.")
    public MeasureKind measure;
}
