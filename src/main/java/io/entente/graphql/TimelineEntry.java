package io.entente.graphql;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** Anything dated that {@code timeline} lists. */
@Union
@Description("A dated entry of `timeline`: a Meeting, an Event or a SanctionStatusChange.")
public interface TimelineEntry {
}
