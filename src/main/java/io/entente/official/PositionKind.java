package io.entente.official;

import org.eclipse.microprofile.graphql.Description;

/** What kind of office a position is. */
@Description("The kind of office a position is.")
public enum PositionKind {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    FOREIGN_MINISTER,
    DEFENCE_MINISTER,
    @Description("Any other ministerial office.")
    MINISTER,
    AMBASSADOR,
    LEGISLATOR,
    MILITARY,
    OTHER;

    /** Offices a country has one holder of at a time; for the others, an office is a title one person holds. */
    boolean singleHolder() {
        return this == HEAD_OF_STATE || this == HEAD_OF_GOVERNMENT || this == FOREIGN_MINISTER || this == DEFENCE_MINISTER;
    }
}
