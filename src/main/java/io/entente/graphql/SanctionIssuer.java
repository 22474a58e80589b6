package io.entente.graphql;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** Who issues a sanction regime: a state or a bloc. */
@Union
@Description("Who issues a sanction regime: a Country or a Bloc.")
public interface SanctionIssuer {
}
