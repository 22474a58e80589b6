package io.entente.official;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The conditions of {@code officials}, combined with AND. */
@Input("OfficialFilter")
@Description("Narrows `officials`; all given conditions must hold.")
public class OfficialFilter {

    @Description("Part of the name or of another spelling, case-insensitive.")
    public String nameContains;

    @Description("Only officials of this country (alpha-2 or alpha-3 code).")
    public String countryCode;

    @Description("Only officials who held an office of this kind (on `activeOn`, when given).")
    public PositionKind positionKind;

    @Description("Only officials in office on this day.")
    public LocalDate activeOn;
}
