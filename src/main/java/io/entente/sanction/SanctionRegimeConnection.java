package io.entente.sanction;

import org.eclipse.microprofile.graphql.Description;

import io.entente.graphql.Connection;
import io.entente.graphql.Page;

/** A page of sanction regimes. */
@Description("A page of sanction regimes.")
public class SanctionRegimeConnection extends Connection<SanctionRegime> {

    SanctionRegimeConnection(Page<SanctionRegime> page) {
        super(page);
    }
}
