package io.entente.country;

import org.eclipse.microprofile.graphql.Description;

/** UN M49 macro-regions. */
@Description("A continental region (UN M49 macro-region).")
public enum Region {
    AFRICA,
    AMERICAS,
    ASIA,
    EUROPE,
    OCEANIA,
    ANTARCTICA
}
