package io.entente.sanction;

import org.eclipse.microprofile.graphql.Description;

/** A step in a sanction regime's life. */
@Description("A step in a sanction regime's life; the latest step on or before a day is the regime's status that day.")
public enum SanctionStatus {
    @Description("The regime was adopted.")
    ADOPTED,
    @Description("Prolonged in time.")
    RENEWED,
    @Description("Widened in scope: new measures or more people or sectors covered.")
    EXTENDED,
    @Description("Temporarily not applied.")
    SUSPENDED,
    @Description("Ended.")
    LIFTED;

    boolean inForce() {
        return this != SUSPENDED && this != LIFTED;
    }
}
