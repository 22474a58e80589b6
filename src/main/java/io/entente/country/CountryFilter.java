package io.entente.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The conditions of {@code countries}, combined with AND. */
@Input("CountryFilter")
@Description("Narrows `countries`; all given conditions must hold.")
public class CountryFilter {

    @Description("Part of the common or ISO name, case-insensitive.")
    public String nameContains;

    @Description("Only countries in this region.")
    public Region region;

    @Description("Only current members of this bloc, by its code (e.g. `EU`).")
    public String blocCode;
}
