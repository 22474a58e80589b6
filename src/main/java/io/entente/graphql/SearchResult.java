package io.entente.graphql;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** Anything {@code search} can find. */
@Union
@Description("Anything `search` can find: a Country, Bloc, Official, Meeting, Event or SanctionRegime.")
public interface SearchResult {
}
