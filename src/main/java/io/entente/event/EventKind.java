package io.entente.event;

import org.eclipse.microprofile.graphql.Description;

/** What kind of incident or milestone an event is. */
@Description("What kind of incident or milestone an event is.")
public enum EventKind {
    PRISONER_EXCHANGE,
    ANNEXATION,
    INCIDENT,
    AGREEMENT,
    ELECTION,
    REFERENDUM,
    INAUGURATION,
    MILITARY_CONFLICT,
    OTHER
}
