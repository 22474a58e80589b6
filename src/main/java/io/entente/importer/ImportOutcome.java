package io.entente.importer;

import org.eclipse.microprofile.graphql.Description;

/** What the import did with one line. */
@Description("What the import did with one line.")
public enum ImportOutcome {
    @Description("No record had the line's natural key: one was created.")
    CREATED,
    @Description("The record with the line's natural key was replaced by the line.")
    UPDATED,
    @Description("The same line was imported before and nobody changed the record since: nothing was written.")
    UNCHANGED,
    @Description("The line is malformed or breaks a rule; nothing of it was written.")
    REJECTED
}
