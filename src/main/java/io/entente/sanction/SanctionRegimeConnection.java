package io.entente.sanction;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Connection;
import io.entente.paging.Page;

/** A page of sanction regimes. */
@Description("A page of sanction regimes.")
public class SanctionRegimeConnection extends Connection<SanctionRegime> {

    SanctionRegimeConnection(Page<SanctionRegime> page) {
        super(page);
    }
}
