package io.entente.official;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Connection;
import io.entente.paging.Page;

/** A page of officials. */
@Description("A page of officials.")
public class OfficialConnection extends Connection<Official> {

    OfficialConnection(Page<Official> page) {
        super(page);
    }
}
