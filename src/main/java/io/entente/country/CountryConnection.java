package io.entente.country;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Connection;
import io.entente.paging.Page;

/** A page of countries. */
@Description("A page of countries.")
public class CountryConnection extends Connection<Country> {

    CountryConnection(Page<Country> page) {
        super(page);
    }
}
